/** A case in a test team, and its page opened as a practitioner would open it, for component tests. */
import { createElement } from 'react';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach } from 'vitest';
import { todayIso } from '../../shared/dates';
import { createCase, type NewCaseInput } from '../../renderer/features/cases/caseCommands';
import { CasePage } from '../../renderer/features/cases/page/CasePage';
import { renderWithTestTeam } from './renderWithTestTeam';
import { makeTestTeam, type TestTeam } from './testTeam';
import type { User } from './screenSteps';

/** JU-0007, Child G., at the second stage, led by the test team's person, unless the overrides say otherwise. */
export async function makeTestCase(team: TestTeam, overrides: Partial<NewCaseInput> = {}): Promise<string> {
  return createCase(
    team.ctx,
    {
      reference: 'JU-0007',
      displayName: 'Child G.',
      columnId: team.columnIds[1] ?? '',
      leadMemberId: team.ctx.person.id,
      concerns: [],
      ...overrides,
    },
    todayIso(),
  );
}

/** What each test of a case page starts from: a test team and one case in it. */
export interface GivenCase {
  readonly team: TestTeam;
  readonly caseId: string;
}

/**
 * Before each test of the file, a fresh test team whose person is `personName` (Alex Morgan unless named) with a
 * case made by `makeTestCase(overrides)`; the team's database is closed after each. The fields are filled in as
 * each test starts, so tests read them there (`given.team`), not when the file loads.
 */
export function givenTestCase(overrides: Partial<NewCaseInput> = {}, personName = 'Alex Morgan'): GivenCase {
  let made: GivenCase | null = null;
  beforeEach(async () => {
    const team = await makeTestTeam({ personName });
    made = { team, caseId: await makeTestCase(team, overrides) };
  });
  afterEach(() => made?.team.db.close());
  const current = (): GivenCase => {
    if (!made) throw new Error('The test case is made before each test: read it inside a test or a hook.');
    return made;
  };
  return {
    get team() {
      return current().team;
    },
    get caseId() {
      return current().caseId;
    },
  };
}

/** Opens the case's page and waits for its heading; returns a user to act with. */
export async function openCasePage(team: TestTeam, caseId: string): Promise<User> {
  const user = userEvent.setup({ delay: null });
  await renderWithTestTeam(createElement(CasePage, { caseId }), team);
  await screen.findByRole('heading', { level: 1, name: /^JU-\d+/ });
  return user;
}

/**
 * Opens a form on the case page by its button, types into its fields (by label), and presses the form's button: a
 * row added the way a practitioner adds it.
 */
export async function addOnCasePage(
  user: User,
  opens: string,
  typed: Readonly<Record<string, string>>,
  press: string,
): Promise<void> {
  await user.click(screen.getByRole('button', { name: opens }));
  for (const [label, text] of Object.entries(typed)) await user.type(screen.getByLabelText(label), text);
  await user.click(screen.getByRole('button', { name: press }));
}
