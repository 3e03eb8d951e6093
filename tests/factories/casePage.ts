/** A case in a test team, and its page opened as a practitioner would open it, for component tests. */
import { createElement } from 'react';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { todayIso } from '../../shared/dates';
import { createCase } from '../../renderer/features/cases/caseCommands';
import { CasePage } from '../../renderer/features/cases/page/CasePage';
import { renderWithTestTeam } from './renderWithTestTeam';
import type { TestTeam } from './testTeam';

/** JU-0007, Child G., at the second stage, led by the test team's person. */
export async function makeTestCase(team: TestTeam): Promise<string> {
  return createCase(
    team.ctx,
    {
      reference: 'JU-0007',
      displayName: 'Child G.',
      columnId: team.columnIds[1] ?? '',
      leadMemberId: team.ctx.person.id,
      concerns: [],
    },
    todayIso(),
  );
}

/** Opens the case's page and waits for its heading; returns a user to act with. */
export async function openCasePage(team: TestTeam, caseId: string) {
  const user = userEvent.setup({ delay: null });
  await renderWithTestTeam(createElement(CasePage, { caseId }), team);
  await screen.findByRole('heading', { level: 1, name: /^JU-\d+/ });
  return user;
}
