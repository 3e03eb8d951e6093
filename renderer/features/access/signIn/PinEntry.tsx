import { useEffect, useRef, useState } from 'react';
import { describeWait } from '../../../../shared/access/backoff';
import type { Member } from '../../../../shared/domain/directory';
import { checkPin } from '../../../db/pins';
import { SecretForm } from './SecretForm';
import { useNow } from './useNow';
import { usePinState } from './usePinState';

interface PinEntryProps {
  teamId: string;
  member: Pick<Member, 'id' | 'name'>;
  submitLabel: string;
  onRight: () => Promise<void>;
}

/** Asks for a person's PIN; after several wrong tries it says plainly how long to wait. */
export function PinEntry({ teamId, member, submitLabel, onRight }: PinEntryProps) {
  const [pin, setPin] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const state = usePinState(teamId, member.id);
  const nextTryAt = state?.nextTryAt ?? 0;
  const now = useNow(nextTryAt);
  // Only a wait the PC has recorded counts down; a wrong try that needs no wait must not block the next one.
  const waitMs = state && state.waitMs > 0 ? Math.max(0, nextTryAt - now) : 0;
  const inputRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    inputRef.current?.querySelector('input')?.focus();
  }, [member.id]);

  const submit = async () => {
    if (busy || waitMs > 0) return;
    if (pin === '') {
      setError('Enter your PIN.');
      return;
    }
    setBusy(true);
    try {
      const checked = await checkPin(teamId, member.id, pin);
      if (checked.result === 'right') {
        setError(undefined);
        setPin('');
        await onRight();
        return;
      }
      setPin('');
      if (checked.result === 'wrong') {
        setError(
          checked.waitMs > 0
            ? 'That PIN is not right. There have been several wrong tries, so you need to wait before trying again.'
            : 'That PIN is not right. Check it and try again.',
        );
      } else if (checked.result === 'no-pin') {
        setError('This PIN was cleared. Choose a new one.');
      }
      inputRef.current?.querySelector('input')?.focus();
    } finally {
      setBusy(false);
    }
  };

  return (
    <SecretForm
      fieldRef={inputRef}
      id="pin"
      label={`${member.name}’s PIN`}
      inputMode="numeric"
      value={pin}
      onChange={setPin}
      error={error}
      status={waitMs > 0 ? `You can try again in ${describeWait(waitMs)}.` : ''}
      submitLabel={busy ? 'Checking…' : submitLabel}
      blocked={busy || waitMs > 0}
      onSubmit={() => void submit()}
    >
      <p className="field__hint">
        Forgotten your PIN? A team leader can clear it on this PC, and you then choose a new one.
      </p>
    </SecretForm>
  );
}
