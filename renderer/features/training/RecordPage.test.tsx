import { screen, waitFor, within } from '@testing-library/react';
import Papa from 'papaparse';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addDays, format } from 'date-fns';
import { createWebApi } from '../../bridge/webApi';
import { setAppApi } from '../../bridge/appApi';
import { createRecord, updateRecord } from '../../db/writer';
import { renderWithTestTeam } from '../../../tests/factories/renderWithTestTeam';
import { makeTestTeam, type TestTeam } from '../../../tests/factories/testTeam';
import { TrainingSection } from './TrainingSection';
import { openInTestTeam, retype } from '../../../tests/factories/screenSteps';

const daysAgo = (days: number) => format(addDays(new Date(), -days), 'yyyy-MM-dd');

describe("a person's record and the team's coverage", { timeout: 20_000 }, () => {
  let team: TestTeam;
  let saved: { name: string; text: string }[];
  let nurseId: string;

  beforeEach(async () => {
    team = await makeTestTeam({ personName: 'Ana Worker' });
    saved = [];
    const web = createWebApi(window.localStorage);
    setAppApi({
      ...web,
      files: {
        ...web.files,
        saveText: async (name, text) => {
          saved.push({ name, text });
          return { saved: true, name };
        },
      },
    });
    nurseId = await createRecord(team.ctx, 'members', { name: 'Bea Nurse', profession: 'health-visitor' });
    const entryId = await createRecord(team.ctx, 'trainingEntries', {
      title: 'Joint neglect course',
      type: 'joint',
      date: daysAgo(20),
      hours: 6,
      participatoryHours: 2,
      learnt: 'Shared summary',
    });
    await createRecord(team.ctx, 'trainingAttendance', {
      entryId,
      memberId: team.ctx.person.id,
      professionAtTheTime: 'social-worker',
      learnt: 'My own learning',
    });
    await createRecord(team.ctx, 'trainingAttendance', {
      entryId,
      memberId: nurseId,
      professionAtTheTime: 'health-visitor',
      learnt: 'Bea’s private thoughts',
    });
  });

  afterEach(() => {
    setAppApi(null);
    team.db.close();
  });

  it('shows my own totals and reflection, and exports them as CSV', async () => {
    const user = await openInTestTeam(<TrainingSection route={['record']} />, team);
    expect(await screen.findByRole('heading', { level: 1, name: 'My training record' })).toBeInTheDocument();
    // The heading shows before the record's rows arrive from the database: wait for the totals themselves.
    const totals = (await screen.findByText('Joint training hours')).closest('div');
    expect(totals).toHaveTextContent('6');
    expect(screen.getByText('My own learning')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Export as CSV' }));
    await waitFor(() => expect(saved).toHaveLength(1));
    expect(saved[0]?.name).toBe('training-record-ana-worker.csv');
    const rows = Papa.parse<Record<string, string>>(saved[0]?.text ?? '', { header: true }).data;
    expect(rows[0]).toMatchObject({
      Title: 'Joint neglect course',
      'What I learnt': 'My own learning',
      Hours: '6',
    });
    expect(await screen.findByRole('status')).toHaveTextContent(
      'Saved the record as training-record-ana-worker.csv',
    );
  });

  it('keeps a colleague’s own reflections from everyone else, leaders included, on screen and in the CSV', async () => {
    const user = await openInTestTeam(<TrainingSection route={['record', nurseId]} />, team);
    await screen.findByRole('heading', { level: 1, name: 'Training record: Bea Nurse' });
    expect(await screen.findByText('Shared summary')).toBeInTheDocument();
    expect(screen.getByText(/Bea Nurse’s own reflections are private to them/)).toBeInTheDocument();
    expect(screen.queryByText('Bea’s private thoughts')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Export as CSV' }));
    await waitFor(() => expect(saved).toHaveLength(1));
    expect(saved[0]?.text).not.toContain('private thoughts');
  });

  it('shows them to their supervisor where the team has chosen that', async () => {
    await updateRecord(team.ctx, 'members', nurseId, { supervisorId: team.ctx.person.id });
    await updateRecord(team.ctx, 'team', team.teamId, { supervisorSeesReflections: true });
    await renderWithTestTeam(<TrainingSection route={['record', nurseId]} />, team);
    expect(await screen.findByText('Bea’s private thoughts')).toBeInTheDocument();
  });

  it('refuses a period that ends before it starts, keeping the dates typed', async () => {
    const user = await openInTestTeam(<TrainingSection route={['record']} />, team);
    const from = await screen.findByLabelText('From');
    await retype(user, from, '2026-05-01');
    const to = screen.getByLabelText('To');
    await retype(user, to, '2026-04-01');
    await user.click(screen.getByRole('button', { name: 'Show this period' }));
    expect(await screen.findByText('The end date must not be before the start date.')).toBeInTheDocument();
    expect(screen.getByLabelText('To')).toHaveValue('2026-04-01');
  });

  it('keeps coverage true to the past when someone changes profession later', async () => {
    await updateRecord(team.ctx, 'members', nurseId, { profession: 'school-nurse' });
    await renderWithTestTeam(<TrainingSection route={['coverage']} />, team);
    const table = await screen.findByRole('table', { name: /Joint training together/ });
    const row = within(table).getByRole('row', { name: /^Health visitor/ });
    const cells = within(row).getAllByRole('cell');
    const columns = within(table)
      .getAllByRole('columnheader')
      .map((header) => header.textContent);
    expect(cells[columns.indexOf('Social worker')]).toHaveTextContent('Yes, once');
    const nurseRow = within(table).getByRole('row', { name: /^School nurse/ });
    expect(within(nurseRow).getAllByRole('cell')[columns.indexOf('Social worker')]).toHaveTextContent(
      'Not in 12 months',
    );
  });
});
