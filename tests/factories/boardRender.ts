/**
 * For the board's component tests: cases added through the write path into a fake-indexeddb test team, and a
 * render helper that provides the team without the app's shell.
 */
import { createElement, type ReactElement } from 'react';
import { render, type RenderResult } from '@testing-library/react';
import type { RowOf } from '../../shared/domain/registry';
import { TeamContexts, type TeamContextValues } from '../../renderer/app/team/TeamContexts';
import type { PcTeamRow } from '../../renderer/db/pcDb';
import { createRecord, inOneWrite, type WriteContext } from '../../renderer/db/writer';
import type { TestTeam } from './testTeam';

export interface BoardCaseInput {
  reference: string;
  displayName?: string;
  columnId: string;
  leadMemberId?: string | null;
  concerns?: RowOf<'cases'>['concerns'];
  nextReviewDate?: string | null;
  status?: 'open' | 'closed';
  /** Texts of open actions, each due on the given date. */
  actions?: { text: string; dueDate: string | null }[];
  aims?: string[];
  involved?: string[];
}

/** Adds a case with its involvements, aims and actions through the write path, and returns its id. */
export async function addBoardCase(ctx: WriteContext, input: BoardCaseInput): Promise<string> {
  return inOneWrite(ctx, async () => {
    const caseId = await createRecord(ctx, 'cases', {
      reference: input.reference,
      displayName: input.displayName ?? '',
      columnId: input.columnId,
      leadMemberId: input.leadMemberId ?? null,
      concerns: input.concerns ?? [],
      nextReviewDate: input.nextReviewDate ?? null,
      status: input.status ?? 'open',
      openedAt: '2026-01-05',
    });
    for (const memberId of input.involved ?? []) {
      await createRecord(ctx, 'involvements', { caseId, memberId });
    }
    for (const text of input.aims ?? []) await createRecord(ctx, 'aims', { caseId, text });
    for (const action of input.actions ?? []) {
      await createRecord(ctx, 'actions', {
        source: 'case',
        caseId,
        text: action.text,
        dueDate: action.dueDate,
      });
    }
    return caseId;
  });
}

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
