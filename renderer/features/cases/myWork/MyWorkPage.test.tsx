import { configure, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { renderWithTestTeam } from '../../../../tests/factories/renderWithTestTeam';
import { makeTestTeam, type TestTeam } from '../../../../tests/factories/testTeam';
import { daysFromToday as day } from '../../../../tests/factories/records';
import { createRecord } from '../../../db/writer';
import { MyWorkPage } from './MyWorkPage';
import { createCase, updateCaseDetails } from '../caseCommands';

import { addCaseAction } from '../caseRowCommands';
import { todayIso } from '../../../../shared/dates';

configure({ asyncUtilTimeout: 8000 });

let team: TestTeam;
beforeEach(async () => {
  team = await makeTestTeam({ personName: 'Alex Morgan' });
});
afterEach(() => team.db.close());

describe('my work and the team’s', { timeout: 30_000 }, () => {
  it('lists my open actions soonest first with overdue ones marked, reviews due soon, and the team’s overdue work', async () => {
    const me = team.ctx.person.id;
    const colleague = await createRecord(team.ctx, 'members', { name: 'Priya Shah', profession: 'teacher' });
    const caseId = await createCase(
      team.ctx,
      {
        reference: 'JU-0003',
        displayName: 'Child C.',
        columnId: team.columnIds[0] ?? '',
        leadMemberId: me,
        concerns: [],
      },
      todayIso(),
    );
    await updateCaseDetails(team.ctx, caseId, { nextReviewDate: day(5) });
    await addCaseAction(team.ctx, caseId, { text: 'Later job', ownerId: me, dueDate: day(10), aimId: null });
    await addCaseAction(team.ctx, caseId, { text: 'Late job', ownerId: me, dueDate: day(-2), aimId: null });
    await addCaseAction(team.ctx, caseId, {
      text: 'Priya’s late job',
      ownerId: colleague,
      dueDate: day(-1),
      aimId: null,
    });

    await renderWithTestTeam(<MyWorkPage />, team);
    const mine = within(await screen.findByRole('region', { name: 'My actions' }));
    expect(
      await mine.findByText('2 open actions, 1 overdue. From cases and reflection sessions, soonest first.'),
    ).toBeInTheDocument();
    const items = mine.getAllByRole('listitem').map((item) => item.textContent ?? '');
    expect(items[0]).toMatch(/^OverdueLate job/);
    expect(items[1]).toMatch(/^Later job/);

    const reviews = within(screen.getByRole('region', { name: /Reviews due/ }));
    expect(reviews.getByRole('link', { name: 'JU-0003 Child C.' })).toBeInTheDocument();

    const overdue = within(screen.getByRole('region', { name: 'The team’s overdue actions' }));
    expect(overdue.getByText('2 overdue in all.')).toBeInTheDocument();
    expect(overdue.getByText('Alex Morgan: 1 overdue')).toBeInTheDocument();
    expect(overdue.getByText('Priya Shah: 1 overdue')).toBeInTheDocument();
    expect(overdue.getByRole('cell', { name: 'No agency' })).toBeInTheDocument();
  });
});
