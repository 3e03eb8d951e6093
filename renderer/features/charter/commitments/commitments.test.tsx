import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { renderWithTestTeam } from '../../../../tests/factories/renderWithTestTeam';
import { makeTestTeam, type TestTeam } from '../../../../tests/factories/testTeam';
import { createRecord } from '../../../db/writer';

import { createCommitment } from './commitmentCommands';
import { CommitmentsPage } from './CommitmentsPage';
import { todayIso } from '../../../../shared/dates';
import { openInTestTeam } from '../../../../tests/factories/screenSteps';

function day(offset: number): string {
  return new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
}

describe('agency commitments', { timeout: 20_000 }, () => {
  let team: TestTeam;
  let healthId: string;

  beforeEach(async () => {
    team = await makeTestTeam();
    healthId = await createRecord(team.ctx, 'agencies', { name: 'Community Health', type: 'health' });
  });

  async function fillStaffCommitment(start: string, end: string) {
    const user = await openInTestTeam(<CommitmentsPage />, team);
    await user.click(await screen.findByRole('button', { name: 'Add a commitment' }));
    await screen.findByRole('option', { name: 'Community Health' });
    await user.selectOptions(screen.getByLabelText('Agency'), healthId);
    fireEvent.change(screen.getByLabelText('What the agency commits'), {
      target: { value: 'Health visitor for a one-day clinic' },
    });
    fireEvent.change(screen.getByLabelText('Hours a week in the team'), { target: { value: '7.5' } });
    fireEvent.change(screen.getByLabelText('Starts'), { target: { value: start } });
    fireEvent.change(screen.getByLabelText('Ends (optional)'), { target: { value: end } });
    await user.click(screen.getByRole('button', { name: 'Add the commitment' }));
  }

  it('accepts a commitment that ends on the day it starts', async () => {
    await fillStaffCommitment(todayIso(), todayIso());
    expect(await screen.findByText('The commitment is added.')).toBeInTheDocument();
    const [saved] = await team.db.rows('agencyCommitments').toArray();
    expect(saved).toMatchObject({ start: todayIso(), end: todayIso(), hoursPerWeek: 7.5, posts: 1 });
  });

  it('refuses an end before the start with a message beside the end date, and saves nothing', async () => {
    await fillStaffCommitment(day(10), day(9));
    const summary = await screen.findByRole('alert');
    expect(within(summary).getByText('The end date must be on or after the start.')).toBeInTheDocument();
    expect(screen.getByLabelText('Ends (optional)')).toHaveAccessibleDescription(
      expect.stringContaining('The end date must be on or after the start.'),
    );
    expect(await team.db.rows('agencyCommitments').count()).toBe(0);
  });

  it('sums the capacity by agency with totals, and makes vacancies and commitments ending soon stand out', async () => {
    const councilId = await createRecord(team.ctx, 'agencies', { name: 'Council', type: 'social-work' });
    const base = { start: day(-100), end: null, description: 'Post' } as const;
    await createCommitment(team.ctx, {
      ...base,
      agencyId: healthId,
      kind: 'staff',
      posts: 1,
      hoursPerWeek: 37.5,
      seconded: true,
    });
    await createCommitment(team.ctx, {
      ...base,
      agencyId: healthId,
      kind: 'staff',
      posts: 0.5,
      hoursPerWeek: 18.75,
      filled: false,
    });
    await createCommitment(team.ctx, {
      ...base,
      agencyId: councilId,
      kind: 'staff',
      posts: 2,
      hoursPerWeek: 74,
      end: day(30),
    });
    await createCommitment(team.ctx, { ...base, agencyId: councilId, kind: 'funding', amount: 12500 });
    // Ended last month: not part of today's capacity.
    await createCommitment(team.ctx, {
      ...base,
      agencyId: councilId,
      kind: 'staff',
      posts: 5,
      end: day(-30),
    });
    await renderWithTestTeam(<CommitmentsPage />, team);

    const table = await screen.findByRole('table', { name: /capacity today/ });
    const rows = within(table).getAllByRole('row');
    const cells = (name: string) =>
      within(rows.find((row) => within(row).queryByRole('rowheader', { name })) ?? table)
        .getAllByRole('cell')
        .map((cell) => cell.textContent);
    expect(cells('Community Health')).toEqual(['1.5', '1', '0.5', '1', '56.25', '£0']);
    expect(cells('Council')).toEqual(['2', '2', '0', '0', '74', '£12,500']);
    expect(cells('Total')).toEqual(['3.5', '3', '0.5', '1', '130.25', '£12,500']);

    await waitFor(() => expect(screen.getByText('Vacant post')).toBeInTheDocument());
    expect(screen.getByText('Ends in 30 days')).toBeInTheDocument();
    expect(screen.getByText('1 post is vacant.')).toBeInTheDocument();
    expect(screen.getByText(/1 commitment ends/)).toBeInTheDocument();
  });
});
