import { describe, expect, it, vi } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import { orderColumns } from '../../../shared/board/boardIndex';
import { makeTestTeam } from '../../../tests/factories/testTeam';
import { renderWithTestTeam } from '../../../tests/factories/renderWithTestTeam';
import { updateRecord } from '../../db/writer';
import { caseVisitId } from '../../../shared/board/caseActivity';
import { recordCaseVisit } from './caseVisits';
import { ManageStagesPage } from './ManageStagesPage';
import { openInTestTeam, retype } from '../../../tests/factories/screenSteps';

// Component tests with a real (fake) IndexedDB are slow on a busy machine; they wait, they do not time out.
vi.setConfig({ testTimeout: 30_000 });

async function stageTitles(
  team: Awaited<ReturnType<typeof makeTestTeam>>,
  retired = false,
): Promise<string[]> {
  const rows = orderColumns(await team.db.rows('boardColumns').toArray());
  return rows.filter((row) => row.retired === retired).map((row) => row.title);
}

describe('managing the stages', () => {
  it('lets a leader rename, reorder, add and retire stages', async () => {
    const team = await makeTestTeam();
    const user = await openInTestTeam(<ManageStagesPage />, team);

    const name = await screen.findByLabelText('Name of stage 1');
    await retype(user, name, 'New referrals');
    await user.click(screen.getByRole('button', { name: 'Save name of Referral' }));
    await waitFor(async () => expect((await stageTitles(team))[0]).toBe('New referrals'));

    await user.click(await screen.findByRole('button', { name: 'Move down New referrals' }));
    await waitFor(async () =>
      expect((await stageTitles(team)).slice(0, 2)).toEqual(['Assessment', 'New referrals']),
    );

    await user.type(screen.getByLabelText('Name of the new stage'), 'Waiting for a service{Enter}');
    await waitFor(async () => expect((await stageTitles(team)).at(-1)).toBe('Waiting for a service'));

    await user.click(screen.getByRole('button', { name: 'Retire Closing' }));
    await waitFor(async () => expect(await stageTitles(team, true)).toEqual(['Closing']));
    expect(await screen.findByRole('button', { name: 'Bring back Closing' })).toBeVisible();
  });

  it('refuses an empty stage name with a message that links to the field, keeping the stages as they were', async () => {
    const team = await makeTestTeam();
    const user = await openInTestTeam(<ManageStagesPage />, team);
    await user.clear(await screen.findByLabelText('Name of stage 2'));
    await user.click(screen.getByRole('button', { name: 'Save name of Assessment' }));
    const summary = await screen.findByRole('alert');
    expect(summary).toHaveTextContent('Enter a name for the stage.');
    expect(summary).toHaveFocus();
    expect((await stageTitles(team))[1]).toBe('Assessment');
  });

  it('shows members the stages without the means to change them', async () => {
    const team = await makeTestTeam();
    await updateRecord(team.ctx, 'members', team.ctx.person.id, { teamRole: 'member' });
    await renderWithTestTeam(<ManageStagesPage />, team);
    expect(await screen.findByText('Only team leaders can change the stages')).toBeVisible();
    expect(screen.queryByRole('button', { name: /Retire/ })).toBeNull();
  });
});

describe('recording a visit to a case', () => {
  it('keeps one record per person and case, holding the latest visit', async () => {
    const team = await makeTestTeam();
    const caseId = '22222222-2222-4222-8222-222222222222';
    await recordCaseVisit(team.ctx, caseId);
    const first = await team.db.rows('caseVisits').get(caseVisitId(team.ctx.person.id, caseId));
    await new Promise((resolve) => setTimeout(resolve, 5));
    await recordCaseVisit(team.ctx, caseId);
    const visits = await team.db.rows('caseVisits').toArray();
    expect(visits).toHaveLength(1);
    expect((visits[0]?.at ?? '') > (first?.at ?? '')).toBe(true);
  });
});
