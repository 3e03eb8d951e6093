import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addDays, format } from 'date-fns';
import { createRecord, type WriteContext } from '../../db/writer';
import { renderWithTestTeam } from '../../../tests/factories/renderWithTestTeam';
import { makeTestTeam, type TestTeam } from '../../../tests/factories/testTeam';
import { TrainingSection } from './TrainingSection';
import { expectErrorSummary, fill, openInTestTeam } from '../../../tests/factories/screenSteps';

const today = format(new Date(), 'yyyy-MM-dd');
const inDays = (days: number) => format(addDays(new Date(), days), 'yyyy-MM-dd');

async function addPeople(writer: WriteContext) {
  const ids: Record<string, string> = {};
  ids.nurse = await createRecord(writer, 'members', { name: 'Bea Nurse', profession: 'school-nurse' });
  ids.police = await createRecord(writer, 'members', { name: 'Cal Police', profession: 'police-officer' });
  ids.teacher = await createRecord(writer, 'members', { name: 'Dee Teacher', profession: 'teacher' });
  return ids;
}

describe('logging training', { timeout: 20_000 }, () => {
  let team: TestTeam;
  beforeEach(async () => {
    team = await makeTestTeam({ personName: 'Ana Worker' });
    await addPeople(team.ctx);
  });
  afterEach(() => {
    window.location.hash = '';
    team.db.close();
  });

  it('refuses participatory hours above the hours, says so on the field, and loses nothing typed', async () => {
    const user = await openInTestTeam(<TrainingSection route={['new']} />, team);
    await fill(user, await screen.findByLabelText('Title'), 'Safeguarding together');
    await user.selectOptions(screen.getByLabelText(/Type of training/), 'joint');
    await fill(user, screen.getByLabelText(/^Hours/), '2');
    await fill(user, screen.getByLabelText(/^Participatory hours/), '3');
    await user.click(screen.getByRole('checkbox', { name: /Bea Nurse/ }));
    await fill(user, screen.getByLabelText('What was learnt'), 'Thresholds differ.');
    await user.click(screen.getByRole('button', { name: 'Log the training' }));

    const summary = await screen.findByRole('alert');
    expect(summary).toHaveTextContent('Participatory hours cannot be more than the hours of the training.');
    expect(summary).toHaveFocus();
    expect(screen.getByLabelText(/^Participatory hours/)).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByLabelText('Title')).toHaveValue('Safeguarding together');
    expect(screen.getByLabelText('What was learnt')).toHaveValue('Thresholds differ.');
    expect(screen.getByRole('checkbox', { name: /Bea Nurse/ })).toBeChecked();
    expect(await team.db.rows('trainingEntries').count()).toBe(0);
  });

  it('saves a joint training with an attendance row per person, each keeping their profession', async () => {
    const user = await openInTestTeam(<TrainingSection route={['new']} />, team);
    await fill(user, await screen.findByLabelText('Title'), 'Neglect across services');
    await user.selectOptions(screen.getByLabelText(/Type of training/), 'joint');
    await fill(user, screen.getByLabelText(/^Hours/), '3.5');
    await fill(user, screen.getByLabelText(/Search by name/), 'cal');
    await user.click(screen.getByRole('checkbox', { name: /Cal Police/ }));
    await user.clear(screen.getByLabelText(/Search by name/));
    await user.click(screen.getByRole('checkbox', { name: /Bea Nurse/ }));
    await user.click(screen.getByRole('checkbox', { name: /Ana Worker/ }));
    await user.click(screen.getByRole('button', { name: 'Add a profession' }));
    await fill(user, screen.getByLabelText('Profession 1'), 'GP');
    await fill(user, screen.getByLabelText('How many (profession 1)'), '2');
    await user.click(screen.getByRole('button', { name: 'Log the training' }));

    await waitFor(async () => expect(await team.db.rows('trainingAttendance').count()).toBe(3));
    const [entry] = await team.db.rows('trainingEntries').toArray();
    expect(entry).toMatchObject({
      title: 'Neglect across services',
      hours: 3.5,
      status: 'done',
      date: today,
    });
    expect(entry?.externalAttendees).toEqual([{ profession: 'GP', count: 2 }]);
    const professions = (await team.db.rows('trainingAttendance').toArray()).map(
      (row) => row.professionAtTheTime,
    );
    expect(professions.sort()).toEqual(['police-officer', 'school-nurse', 'social-worker']);
    expect(window.location.hash).toBe(`#/training/entry/${entry?.id}`);
  });

  it('needs at least one person from the team', async () => {
    const user = await openInTestTeam(<TrainingSection route={['new']} />, team);
    await fill(user, await screen.findByLabelText('Title'), 'Course');
    await user.selectOptions(screen.getByLabelText(/Type of training/), 'single-agency');
    await fill(user, screen.getByLabelText(/^Hours/), '1');
    await user.click(screen.getByRole('button', { name: 'Log the training' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Choose at least one person who attended.');
  });

  it('logs exactly one training when Log the training is pressed twice quickly', async () => {
    const user = await openInTestTeam(<TrainingSection route={['new']} />, team);
    await fill(user, await screen.findByLabelText('Title'), 'Neglect across services');
    await user.selectOptions(screen.getByLabelText(/Type of training/), 'joint');
    await fill(user, screen.getByLabelText(/^Hours/), '2');
    await user.click(screen.getByRole('checkbox', { name: /Bea Nurse/ }));
    await user.dblClick(screen.getByRole('button', { name: 'Log the training' }));
    await waitFor(() => expect(window.location.hash).toMatch(/^#\/training\/entry\//));
    expect(await team.db.rows('trainingEntries').count()).toBe(1);
    expect(await team.db.rows('trainingAttendance').count()).toBe(1);
  });

  it('when the save is refused, says why at the top of the form, moves focus there and keeps what was typed', async () => {
    const user = userEvent.setup();
    const tooLong = 'Thresholds differ. '.repeat(1100);
    await renderWithTestTeam(<TrainingSection route={['new']} />, team);
    await fill(user, await screen.findByLabelText('Title'), 'Safeguarding together');
    await user.selectOptions(screen.getByLabelText(/Type of training/), 'joint');
    await fill(user, screen.getByLabelText(/^Hours/), '2');
    await user.click(screen.getByRole('checkbox', { name: /Bea Nurse/ }));
    await fill(user, screen.getByLabelText('What was learnt'), tooLong);
    await user.click(screen.getByRole('button', { name: 'Log the training' }));

    const summary = await screen.findByRole('alert');
    expect(summary).toHaveTextContent('There is a problem');
    expect(summary).toHaveTextContent('Learnt must be 20,000 characters or fewer.');
    expect(summary).toHaveFocus();
    expect(screen.getByRole('form', { name: 'Log training' }).firstElementChild).toBe(summary);
    expect(screen.getByLabelText('What was learnt')).toHaveValue(tooLong);
    expect(screen.getByLabelText('What was learnt')).toHaveAccessibleDescription(/20,000 characters/);
    expect(screen.getByLabelText('Title')).toHaveValue('Safeguarding together');
    expect(screen.getByRole('checkbox', { name: /Bea Nurse/ })).toBeChecked();
    expect(await team.db.rows('trainingEntries').count()).toBe(0);
    expect(window.location.hash).toBe('');
  });

  it('keeps my own reflection when its save is refused, and says why at the top of the form', async () => {
    const user = userEvent.setup();
    const entryId = await createRecord(team.ctx, 'trainingEntries', {
      title: 'Neglect across services',
      type: 'joint',
      date: today,
      hours: 2,
    });
    await createRecord(team.ctx, 'trainingAttendance', {
      entryId,
      memberId: team.ctx.person.id,
      professionAtTheTime: 'social-worker',
    });
    const tooLong = 'We ring first now. '.repeat(1100);
    await renderWithTestTeam(<TrainingSection route={['entry', entryId]} />, team);
    await fill(user, await screen.findByLabelText('How it changed my practice'), tooLong);
    await user.click(screen.getByRole('button', { name: 'Save my reflection' }));
    await expectErrorSummary('My reflection', 'Changed practice must be 20,000 characters or fewer.');
    expect(screen.getByLabelText('How it changed my practice')).toHaveValue(tooLong);
    expect(screen.queryByText('Your reflection is saved in your record.')).not.toBeInTheDocument();
    const [mine] = await team.db.rows('trainingAttendance').toArray();
    expect(mine?.changedPractice).toBe('');
  });

  it('fills itself in from a reflection session', async () => {
    const sessionId = await createRecord(team.ctx, 'reflectionSessions', {
      date: today,
      title: 'Working with the school',
      createdAt: new Date().toISOString(),
      status: 'held',
    });
    for (const [position, minutes] of [
      [1, 45],
      [2, 30],
    ] as const) {
      await createRecord(team.ctx, 'sessionNotes', {
        sessionId,
        position,
        prompt: 'What went well',
        minutes,
      });
    }
    window.location.hash = `#/training/new?fromSession=${sessionId}`;
    await renderWithTestTeam(<TrainingSection route={['new']} />, team);
    expect(await screen.findByLabelText('Title')).toHaveValue('Reflection session: Working with the school');
    expect(screen.getByLabelText(/Type of training/)).toHaveValue('informal');
    expect(screen.getByLabelText(/^Hours/)).toHaveValue(1.25);
    expect(screen.getByLabelText('Date')).toHaveValue(today);
    expect(screen.getByRole('checkbox', { name: /Ana Worker/ })).toBeChecked();
    expect(screen.getByRole('link', { name: 'Working with the school' })).toBeInTheDocument();
  });
});

describe('planned training', { timeout: 20_000 }, () => {
  let team: TestTeam;
  let ids: Record<string, string>;
  beforeEach(async () => {
    team = await makeTestTeam({ personName: 'Ana Worker' });
    ids = await addPeople(team.ctx);
  });
  afterEach(() => team.db.close());

  async function plan(date: string) {
    const entryId = await createRecord(team.ctx, 'trainingEntries', {
      title: 'Trauma-informed practice',
      type: 'joint',
      date,
      hours: 3,
      status: 'planned',
    });
    for (const memberId of [ids.nurse, ids.police]) {
      await createRecord(team.ctx, 'trainingAttendance', {
        entryId,
        memberId: memberId ?? '',
        professionAtTheTime: memberId === ids.nurse ? 'school-nurse' : 'police-officer',
        invited: true,
        attended: null,
      });
    }
    return entryId;
  }

  it('will not mark attendance before the event happens, and says why', async () => {
    const user = userEvent.setup();
    const entryId = await plan(inDays(5));
    await renderWithTestTeam(<TrainingSection route={['entry', entryId]} />, team);
    await user.click(await screen.findByRole('button', { name: 'Save attendance' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('This event has not happened yet.');
    expect((await team.db.rows('trainingEntries').get(entryId))?.status).toBe('planned');
  });

  it('turns into a done entry for the people who came once attendance is marked', async () => {
    const user = userEvent.setup();
    const entryId = await plan(today);
    await renderWithTestTeam(<TrainingSection route={['entry', entryId]} />, team);
    const form = (await screen.findByRole('heading', { name: 'Mark who attended' })).closest('section');
    if (!form) throw new Error('No attendance section');
    await user.click(within(form).getByRole('checkbox', { name: /Cal Police/ }));
    await user.click(within(form).getByRole('checkbox', { name: /Dee Teacher/ }));
    await user.click(within(form).getByRole('button', { name: 'Save attendance' }));
    await waitFor(async () =>
      expect((await team.db.rows('trainingEntries').get(entryId))?.status).toBe('done'),
    );
    const rows = await team.db.rows('trainingAttendance').toArray();
    const byMember = Object.fromEntries(rows.map((row) => [row.memberId, row.attended]));
    expect(byMember).toEqual({
      [ids.nurse ?? '']: true,
      [ids.police ?? '']: false,
      [ids.teacher ?? '']: true,
    });
  });
});
