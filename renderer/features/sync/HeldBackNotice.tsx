import { useState } from 'react';
import { can } from '../../../shared/domain/roles';
import { usePerson } from '../../app/team/usePerson';
import { Banner } from '../../ui/Banner';
import { AskFirstButton } from '../../ui/AskFirstButton';
import { bringInNowSentences, heldBackSentences, type ClockNote } from './describeClocks';

interface HeldBackNoticeProps {
  /** The PCs whose clocks are ahead, furthest first. */
  clocks: readonly ClockNote[];
  fromPersonName: string;
  /** Why bringing it in did not work, if it did not. */
  problem: string | null;
  /** Present when the person may bring it in now (a team leader). */
  onBringInNow?: () => void;
}

/** A file held back because a PC's clock is ahead: which PC, how far, what happens next, and (for a leader) "now". */
export function HeldBackNotice({ clocks, fromPersonName, problem, onBringInNow }: HeldBackNoticeProps) {
  const person = usePerson();
  // "How far ahead" is said as of when the notice appeared; it need not tick.
  const [now] = useState(() => Date.now());
  const [first, ...others] = clocks;
  if (!first) return null;
  const mayBringIn = onBringInNow !== undefined && can(person, 'bring-in-ahead');
  return (
    <Banner tone="warning" title={`A file from ${fromPersonName} is waiting: a PC’s clock is ahead`}>
      {heldBackSentences(first, now).map((sentence) => (
        <p key={sentence}>{sentence}</p>
      ))}
      {others.length > 0 && (
        <p>
          {others.length === 1 ? 'One more PC' : `${others.length} more PCs`} in the file also{' '}
          {others.length === 1 ? 'has its clock' : 'have their clocks'} ahead.
        </p>
      )}
      {problem && <p>It could not be brought in: {problem}</p>}
      {mayBringIn && (
        <AskFirstButton
          label={
            <>
              Bring it in now<span className="visually-hidden"> (the file from {fromPersonName})</span>
            </>
          }
          className="button button--secondary"
          question="Bring it in now?"
          confirmLabel="Bring it in now"
          onConfirm={onBringInNow}
        >
          {bringInNowSentences(first).map((sentence) => (
            <p key={sentence}>{sentence}</p>
          ))}
        </AskFirstButton>
      )}
    </Banner>
  );
}
