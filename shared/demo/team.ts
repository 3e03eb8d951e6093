/** Demo generation for the team area: the team record and its six board columns. */
import { DEFAULT_COLUMNS } from '../domain/team';
import type { DemoWorld } from './world';

export function generateTeamArea(world: DemoWorld, teamId: string, teamName: string): void {
  world.add(
    'team',
    { name: teamName, closedCaseRetentionMonths: 72, demo: true, wellbeingFramework: 'shanarri' },
    { id: teamId },
  );
  DEFAULT_COLUMNS.forEach((column, index) => {
    world.add('boardColumns', {
      title: column.title,
      kind: column.kind,
      position: index + 1,
      retired: false,
    });
  });
}
