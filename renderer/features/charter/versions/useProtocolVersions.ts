/**
 * Published versions of the team's procedures, grouped by procedure, information-sharing protocols first: what a
 * case's information sharing can say it relies on.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { shownStatus, versionsNewestFirst } from '../../../../shared/charter/versions';
import type { Procedure, ProcedureVersion, VersionStatus } from '../../../../shared/domain/charter';
import { useTeamDb } from '../../../app/team/useTeamDb';

export interface ProtocolChoice {
  procedure: Procedure;
  versions: { version: ProcedureVersion; status: VersionStatus }[];
}

export function useProtocolVersions(): ProtocolChoice[] | undefined {
  const db = useTeamDb();
  return useLiveQuery(async () => {
    const procedures = (await db.rows('procedures').toArray()).filter((row) => !row.deleted);
    const versions = await db.rows('procedureVersions').toArray();
    return procedures
      .sort(
        (a, b) =>
          Number(b.kind === 'information-sharing') - Number(a.kind === 'information-sharing') ||
          a.title.localeCompare(b.title, 'en-GB'),
      )
      .map((procedure) => {
        const mine = versions.filter((version) => version.procedureId === procedure.id);
        return {
          procedure,
          versions: versionsNewestFirst(mine)
            .filter((version) => version.status !== 'draft')
            .map((version) => ({ version, status: shownStatus(version, mine) })),
        };
      })
      .filter((choice) => choice.versions.length > 0);
  }, [db]);
}
