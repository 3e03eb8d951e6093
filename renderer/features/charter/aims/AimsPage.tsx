import { useMemo } from 'react';
import { hrefFor } from '../../../app/router/hashRoute';
import { EmptyState } from '../../../ui/EmptyState';
import { PageHeader } from '../../../ui/PageHeader';
import { CharterNav } from '../CharterNav';

import { TargetList } from './TargetCard';
import { useMeasureInputs } from './useMeasureInputs';
import { useLiveRows } from '../../../app/data/useLiveRows';
import { useMembers } from '../../../app/data/useMembers';
import { showDate, todayIso } from '../../../../shared/dates';

/** The charter's front page: the team's joint aims, each with its targets, current values and trends. */
export function AimsPage() {
  const aims = useLiveRows('charterAims');
  const targets = useLiveRows('charterTargets');
  const readings = useLiveRows('targetReadings');
  const members = useMembers();
  const inputs = useMeasureInputs();
  const today = todayIso();
  const names = useMemo(() => new Map((members ?? []).map((member) => [member.id, member.name])), [members]);

  const loaded = aims && targets && readings && inputs;
  const sorted = [...(aims ?? [])].sort((a, b) => a.title.localeCompare(b.title, 'en-GB'));
  return (
    <>
      <PageHeader title="Charter" action={{ label: 'Add an aim', href: hrefFor('charter', 'new-aim') }} />
      <CharterNav current="aims" />
      <p className="charter-intro">
        The aims every agency in the team has agreed to work towards, and the targets that show whether the
        team is getting there.
      </p>
      {loaded && sorted.length === 0 && (
        <EmptyState title="No joint aims yet">
          <p>Add the aims the agencies agreed, then give each one a target the team can check.</p>
        </EmptyState>
      )}
      {loaded &&
        sorted.map((aim) => {
          const mine = targets.filter((target) => target.aimId === aim.id);
          const overdue = aim.reviewDate !== null && aim.reviewDate < today;
          return (
            <section key={aim.id} className="card aim-card" aria-labelledby={`aim-${aim.id}`}>
              <h2 id={`aim-${aim.id}`}>
                <a href={hrefFor('charter', 'aim', aim.id)}>{aim.title}</a>
              </h2>
              <p className="muted">
                Looked after by{' '}
                {aim.ownerId ? (names.get(aim.ownerId) ?? 'someone no longer listed') : 'nobody yet'}
                {aim.reviewDate && <> · review by {showDate(aim.reviewDate)}</>}{' '}
                {overdue && <span className="tag tag--warning">Review overdue</span>}
              </p>
              <TargetList targets={mine} readings={readings} inputs={inputs} today={today} />
            </section>
          );
        })}
    </>
  );
}
