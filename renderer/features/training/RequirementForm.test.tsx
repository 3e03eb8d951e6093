import { screen, waitFor, within } from '@testing-library/react';
import { addDays, format } from 'date-fns';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { TrainingType } from '../../../shared/domain/training';
import { makeTestTeam, type TestTeam } from '../../../tests/factories/testTeam';
import { createRecord } from '../../db/writer';
import { RequiredPage } from './RequiredPage';
import { openInTestTeam } from '../../../tests/factories/screenSteps';

const daysAgo = (days: number) => format(addDays(new Date(), -days), 'yyyy-MM-dd');

describe('choosing the training a requirement counts', { timeout: 20_000 }, () => {
  let team: TestTeam;

  /** Logs training the signed-in social worker attended. */
  async function logged(title: string, type: TrainingType, days: number): Promise<void> {
    const entryId = await createRecord(team.ctx, 'trainingEntries', {
      title,
      type,
      date: daysAgo(days),
      hours: 2,
    });
    await createRecord(team.ctx, 'trainingAttendance', {
      entryId,
      memberId: team.ctx.person.id,
      professionAtTheTime: 'social-worker',
    });
  }

  const everyone = () => screen.getByRole('heading', { level: 2, name: /^Everyone/ }).parentElement;

  beforeEach(async () => {
    team = await makeTestTeam({ personName: 'Ana Worker' });
    await logged('Contextual safeguarding', 'joint', 40);
    await logged('Working together to keep children safe', 'joint', 100);
  });

  afterEach(() => team.db.close());

  it('adds a requirement by ticking a title from the log; the person who did it is in date, and focus goes to it', async () => {
    const user = await openInTestTeam(<RequiredPage />, team);
    const log = await screen.findByRole('group', { name: 'Training in your team’s log' });
    const titles = within(log)
      .getAllByRole('checkbox')
      .map((box) => box.closest('label')?.textContent);
    expect(titles[0]).toMatch(/^Contextual safeguarding — Joint or multi-agency training, last on/);
    expect(titles[1]).toMatch(/^Working together to keep children safe/);

    await user.type(screen.getByLabelText('Name'), 'Keeping children safe every year');
    await user.click(within(log).getByRole('checkbox', { name: /^Working together to keep children safe/ }));
    await user.click(screen.getByRole('checkbox', { name: 'Social worker' }));
    await user.click(screen.getByRole('button', { name: 'Add required training' }));

    expect(await screen.findByRole('status')).toHaveTextContent('Added Keeping children safe every year.');
    await waitFor(() =>
      expect(screen.getByRole('button', { name: 'Change Keeping children safe every year' })).toHaveFocus(),
    );
    expect(within(everyone() ?? document.body).getByText(/^In date until/)).toBeInTheDocument();
    expect(screen.getByText(/Counts “Working together to keep children safe”\./)).toBeInTheDocument();
    const [saved] = await team.db.rows('requiredTraining').toArray();
    expect(saved).toMatchObject({
      acceptsTitles: ['Working together to keep children safe'],
      acceptsTypes: [],
      matchText: '',
    });
  });

  it('refuses a requirement that names no training, and the summary takes the person to the choices', async () => {
    const user = await openInTestTeam(<RequiredPage />, team);
    await user.type(await screen.findByLabelText('Name'), 'Something');
    await user.click(screen.getByRole('checkbox', { name: 'Social worker' }));
    await user.click(screen.getByRole('button', { name: 'Add required training' }));

    const summary = await screen.findByRole('alert');
    await user.click(
      within(summary).getByRole('link', {
        name: 'Choose at least one training or type of training that counts.',
      }),
    );
    expect(screen.getByRole('checkbox', { name: /^Contextual safeguarding/ })).toHaveFocus();
    expect(await team.db.rows('requiredTraining').count()).toBe(0);
  });

  it('finds a title by searching when the log is long, keeping what was ticked', async () => {
    for (const [index, title] of [
      'Neglect',
      'Record keeping',
      'Team away day',
      'Lunchtime case discussion',
      'Level 3 safeguarding',
      'Shadowing a health visitor',
    ].entries())
      await logged(title, 'single-agency', 200 + index);
    const user = await openInTestTeam(<RequiredPage />, team);
    await user.click(await screen.findByRole('checkbox', { name: /^Contextual safeguarding/ }));
    await user.type(screen.getByRole('searchbox', { name: 'Search the log by title' }), 'level');

    const log = screen.getByRole('group', { name: 'Training in your team’s log' });
    expect(within(log).getAllByRole('checkbox')).toHaveLength(1);
    await user.keyboard('{Tab}[Space]');
    expect(within(log).getByRole('checkbox', { name: /^Level 3 safeguarding/ })).toBeChecked();
    expect(
      screen.getByText('Chosen (2): Contextual safeguarding, Level 3 safeguarding.'),
    ).toBeInTheDocument();
  });

  it('shows a requirement set by words before as such, and changing it starts from the titles those words count today', async () => {
    await createRecord(team.ctx, 'requiredTraining', {
      title: 'Safeguarding every three years',
      matchText: 'safe',
      matchType: 'joint',
      appliesToProfessions: ['social-worker'],
      renewEveryMonths: 36,
    });
    const user = await openInTestTeam(<RequiredPage />, team);
    expect(
      await screen.findByText(/Safeguarding every three years still counts training by words in its title/),
    ).toBeInTheDocument();
    expect(
      screen.getByText(
        /Counts any training whose title contains “safe” of the type joint or multi-agency training/,
      ),
    ).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Change Safeguarding every three years' }));
    expect(screen.getByRole('checkbox', { name: /^Contextual safeguarding/ })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: /^Working together to keep children safe/ })).toBeChecked();
    await user.click(screen.getByRole('checkbox', { name: /^Contextual safeguarding/ }));
    await user.click(screen.getByRole('button', { name: 'Save the change' }));

    expect(await screen.findByRole('status')).toHaveTextContent('Saved Safeguarding every three years.');
    await waitFor(() => expect(screen.queryByText(/still counts training by words/)).not.toBeInTheDocument());
    const [saved] = await team.db.rows('requiredTraining').toArray();
    expect(saved).toMatchObject({
      acceptsTitles: ['Working together to keep children safe'],
      matchText: '',
      matchType: null,
    });
  });
});
