import { screen, within } from '@testing-library/react';
import { addDays, format } from 'date-fns';
import { describe, expect, it } from 'vitest';
import { createRecord } from '../../../db/writer';
import { addBoardCase } from '../../../../tests/factories/boardCases';
import { renderWithTestTeam } from '../../../../tests/factories/renderWithTestTeam';
import { makeTestTeam } from '../../../../tests/factories/testTeam';
import { PeripheralPage } from './PeripheralPage';

const day = (offset: number) => format(addDays(new Date(), offset), 'yyyy-MM-dd');

describe('the peripheral members view', { timeout: 30_000 }, () => {
  it('shows secondments ending within 30 days, quiet members, and why each person may miss out', async () => {
    const team = await makeTestTeam();
    const busy = await createRecord(team.ctx, 'members', {
      name: 'Busy Bee',
      profession: 'teacher',
      hoursPerWeek: 18,
    });
    await createRecord(team.ctx, 'members', {
      name: 'Ends Soon',
      profession: 'police-officer',
      secondmentStart: day(-200),
      secondmentEnd: day(30),
    });
    await createRecord(team.ctx, 'members', {
      name: 'Ends Later',
      profession: 'police-officer',
      secondmentStart: day(-200),
      secondmentEnd: day(31),
    });
    await createRecord(team.ctx, 'members', {
      name: 'Far Away',
      profession: 'youth-worker',
      coLocated: false,
    });
    await createRecord(team.ctx, 'members', {
      name: 'Long Gone',
      profession: 'youth-worker',
      coLocated: false,
      status: 'left',
    });
    await addBoardCase(team.ctx, {
      reference: 'JU-0001',
      columnId: team.columnIds[0] ?? '',
      involved: [busy],
    });
    await renderWithTestTeam(<PeripheralPage />, team);

    const ending = await screen.findByRole('region', { name: 'Secondments ending in the next 30 days' });
    expect(within(ending).getByText('Ends Soon')).toBeInTheDocument();
    expect(ending).toHaveTextContent('in 30 days');
    expect(within(ending).queryByText('Ends Later')).not.toBeInTheDocument();

    const quiet = screen.getByRole('region', { name: 'Not involved in the last 60 days' });
    expect(within(quiet).queryByText('Busy Bee')).not.toBeInTheDocument();
    expect(within(quiet).getByText('Far Away')).toBeInTheDocument();

    const edge = screen.getByRole('region', { name: /Part-time, seconded or based elsewhere/ });
    expect(within(edge).getByRole('row', { name: /Busy Bee/ })).toHaveTextContent(
      'Part-time: 18 hours a week',
    );
    expect(within(edge).getByRole('row', { name: /Far Away/ })).toHaveTextContent(
      'Not based in the shared office',
    );
    expect(within(edge).queryByText('Long Gone')).not.toBeInTheDocument();
  });
});
