import type { ReactNode } from 'react';
import type { Team } from '../../../../shared/domain/team';
import { useTeamRecord } from '../../../app/data/useTeamRecord';
import { PageHeader } from '../../../ui/PageHeader';
import { BackToSettings } from '../BackToSettings';

/**
 * A Settings page about the team's own record (its passphrase, its privacy choices): the h1, the way back to
 * Settings, and what the page shows once the record is read, or why it cannot.
 */
export function TeamSettingsPage({
  title,
  children,
}: {
  title: string;
  children: (team: Team) => ReactNode;
}) {
  const teamRecord = useTeamRecord();
  return (
    <>
      <PageHeader title={title} />
      <BackToSettings />
      {teamRecord === undefined ? (
        <p role="status">Loading…</p>
      ) : teamRecord === null ? (
        <p>The team’s details are not on this PC yet. Bring in a file from a colleague first.</p>
      ) : (
        children(teamRecord)
      )}
    </>
  );
}
