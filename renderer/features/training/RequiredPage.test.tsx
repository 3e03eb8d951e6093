import { screen, waitFor, within } from '@testing-library/react';
import { addDays, format } from 'date-fns';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTestTeam, type TestTeam } from '../../../tests/factories/testTeam';
import { createRecord } from '../../db/writer';
import { RequiredPage } from './RequiredPage';
import { addRequirement } from './trainingCommands';
import { openInTestTeam, retype } from '../../../tests/factories/screenSteps';

const daysAgo = (days: number) => format(addDays(new Date(), -days), 'yyyy-MM-dd');

describe('the required training a team must renew', { timeout: 20_000 }, () => {
  let team: TestTeam;
  let requirementId: string;

  beforeEach(async () => {
    team = await makeTestTeam({ personName: 'Ana Worker' });
    requirementId = await addRequirement(team.ctx, {
      title: 'Child protection refresher',
      acceptsTitles: ['Child protection update'],
      acceptsTypes: [],
      matchText: '',
      matchType: null,
      appliesToProfessions: ['social-worker'],
      renewEveryMonths: 12,
    });
    const entryId = await createRecord(team.ctx, 'trainingEntries', {
      title: 'Child protection update',
      type: 'single-agency',
      date: daysAgo(200),
      hours: 3,
      participatoryHours: 0,
    });
    await createRecord(team.ctx, 'trainingAttendance', {
      entryId,
      memberId: team.ctx.person.id,
      professionAtTheTime: 'social-worker',
    });
  });

  afterEach(() => team.db.close());

  const overdueHeading = () => screen.getByRole('heading', { level: 2, name: /^Overdue/ });

  it('changes how often training must be renewed, and the due dates follow at once', async () => {
    const user = await openInTestTeam(<RequiredPage />, team);
    await waitFor(() => expect(overdueHeading()).toHaveTextContent('Overdue (0)'));

    await user.click(screen.getByRole('button', { name: 'Change Child protection refresher' }));
    expect(screen.getByRole('heading', { name: 'Change Child protection refresher' })).toHaveFocus();
    expect(screen.queryByRole('button', { name: 'Add required training' })).not.toBeInTheDocument();
    const months = screen.getByLabelText('Renew every (months)');
    expect(months).toHaveValue(12);
    await retype(user, months, '6');
    await user.click(screen.getByRole('button', { name: 'Save the change' }));

    expect(await screen.findByRole('status')).toHaveTextContent('Saved Child protection refresher.');
    await waitFor(() => expect(overdueHeading()).toHaveTextContent('Overdue (1)'));
    expect(screen.getByRole('button', { name: 'Change Child protection refresher' })).toHaveFocus();
    expect(screen.getByText(/every 6 months for Social worker/)).toBeInTheDocument();
    expect((await team.db.rows('requiredTraining').get(requirementId))?.renewEveryMonths).toBe(6);
  });

  it('refuses a change that leaves no profession, keeps the form open and saves nothing', async () => {
    const user = await openInTestTeam(<RequiredPage />, team);
    await user.click(await screen.findByRole('button', { name: 'Change Child protection refresher' }));
    await user.click(screen.getByRole('checkbox', { name: 'Social worker' }));
    await user.click(screen.getByRole('button', { name: 'Save the change' }));

    const summary = await screen.findByRole('alert');
    expect(within(summary).getByText('Choose at least one profession it applies to.')).toBeInTheDocument();
    expect(screen.getByLabelText('Name')).toHaveValue('Child protection refresher');
    const row = await team.db.rows('requiredTraining').get(requirementId);
    expect(row?.appliesToProfessions).toEqual(['social-worker']);
  });

  it('leaves the requirement as it was when the change is cancelled', async () => {
    const user = await openInTestTeam(<RequiredPage />, team);
    await user.click(await screen.findByRole('button', { name: 'Change Child protection refresher' }));
    await user.clear(screen.getByLabelText('Name'));
    await user.type(screen.getByLabelText('Name'), 'Something else');
    await user.click(screen.getByRole('button', { name: 'Cancel' }));

    expect(screen.getByText('Child protection refresher', { selector: 'strong' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Change Child protection refresher' })).toHaveFocus();
    expect(screen.getByRole('button', { name: 'Add required training' })).toBeInTheDocument();
    expect((await team.db.rows('requiredTraining').get(requirementId))?.title).toBe(
      'Child protection refresher',
    );
  });

  it('adds required training once when Add is pressed twice quickly, says so and empties the form', async () => {
    const user = await openInTestTeam(<RequiredPage />, team);
    await user.type(await screen.findByLabelText('Name'), 'Domestic abuse update');
    await user.click(screen.getByRole('checkbox', { name: 'Single-agency training' }));
    await user.click(screen.getByRole('checkbox', { name: 'Social worker' }));
    await user.dblClick(screen.getByRole('button', { name: 'Add required training' }));

    expect(await screen.findByRole('status')).toHaveTextContent(
      'Added Domestic abuse update. Everyone it applies to now has a due date above.',
    );
    expect(screen.getByLabelText('Name')).toHaveValue('');
    const titles = (await team.db.rows('requiredTraining').toArray()).map((row) => row.title);
    expect(titles.filter((title) => title === 'Domestic abuse update')).toHaveLength(1);
  });

  it('removes a requirement, says it can be brought back, and nobody is due for it any more', async () => {
    const user = await openInTestTeam(<RequiredPage />, team);
    await user.click(await screen.findByRole('button', { name: 'Remove Child protection refresher' }));

    expect(await screen.findByRole('status')).toHaveTextContent(
      'Removed Child protection refresher. It can be brought back from Recently deleted in Settings.',
    );
    await waitFor(() =>
      expect(screen.getByRole('heading', { level: 2, name: /^Everyone/ })).toHaveTextContent('(0)'),
    );
    expect(screen.getByRole('heading', { name: 'What must be renewed' })).toHaveFocus();
    expect((await team.db.rows('requiredTraining').get(requirementId))?.deleted).toBe(true);
  });
});
