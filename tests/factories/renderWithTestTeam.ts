/** Renders a screen for a component test inside a fake-indexeddb test team, without the app's shell. */
import { createElement, type ReactElement } from 'react';
import { render, type RenderResult } from '@testing-library/react';
import { TeamContexts, type TeamContextValues } from '../../renderer/app/team/TeamContexts';
import type { PcTeamRow } from '../../renderer/db/pcDb';
import type { TestTeam } from './testTeam';

/** Renders a screen inside a test team, as the person of its write context, without the app's shell. */
export async function renderWithTestTeam(ui: ReactElement, team: TestTeam): Promise<RenderResult> {
  const person = await team.db.rows('members').get(team.ctx.person.id);
  const pcTeam: PcTeamRow = {
    id: team.teamId,
    name: 'Test team',
    createdAt: new Date().toISOString(),
    lastOpenedAt: new Date().toISOString(),
    currentPersonId: team.ctx.person.id,
  };
  const values: TeamContextValues = {
    team: { team: pcTeam, teams: [pcTeam], openTeam: async () => undefined, addTeam: () => undefined },
    db: team.db,
    person: person ?? null,
    writer: team.ctx,
    // The shared-PC sign-in and lock screens, left open: the screens under test are what is being checked.
    access: { accessScreen: 'open', appUnderneath: false },
    actions: {
      lock: () => undefined,
      switchPerson: () => undefined,
      cancelSwitch: () => undefined,
      signIn: async () => undefined,
    },
  };
  return render(createElement(TeamContexts, { values, children: ui }));
}
