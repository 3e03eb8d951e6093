import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createRecord } from '../../../db/writer';
import { makeTestTeam, type TestTeam } from '../../../../tests/factories/testTeam';
import { ImportPage } from './ImportPage';
import { openInTestTeam } from '../../../../tests/factories/screenSteps';

const GOOD = `Full name,Job,Organisation,Email,Office days
Ana Silva,Health visitor,Community Health,ana@example.org,Mon Tue
Tom Reid,Police officer,Northfield Police,tom@example.org,Wed`;

const BAD = `Name,Profession,Email,Hours
,Teacher,a@example.org,
Bo Kerr,Teacher,not-an-email,lots`;

const MIXED = `Name,Profession,Email
Ana Silva,Health visitor,ana@example.org
Sam Again,Teacher,sam@example.org
Bo Kerr,Teacher,not-an-email`;

async function choose(team: TestTeam, text: string) {
  const user = await openInTestTeam(<ImportPage />, team);
  await user.upload(
    await screen.findByLabelText('Choose a CSV file'),
    new File([text], 'people.csv', { type: 'text/csv' }),
  );
  await screen.findByRole('heading', { name: 'What will be added' });
  return user;
}

async function names(team: TestTeam) {
  return (await team.db.rows('members').toArray()).map((member) => member.name).sort();
}

describe('bringing people in from a CSV file', { timeout: 30_000 }, () => {
  it('previews a good file with guessed columns, and adds everyone and their new agencies on confirm', async () => {
    const team = await makeTestTeam();
    const user = await choose(team, GOOD);
    expect(screen.getByLabelText('Organisation')).toHaveValue('employingAgency');
    expect(screen.getByText('2 people are ready to add.')).toBeInTheDocument();
    expect(await names(team)).toEqual(['Alex Morgan']);
    await user.click(screen.getByRole('button', { name: 'Add 2 people' }));
    expect(
      await screen.findByText(/2 people were added to the directory and 2 new agencies/),
    ).toBeInTheDocument();
    expect(await names(team)).toEqual(['Alex Morgan', 'Ana Silva', 'Tom Reid']);
    const agencies = await team.db.rows('agencies').toArray();
    expect(agencies.map((agency) => agency.name).sort()).toEqual(['Community Health', 'Northfield Police']);
  });

  it('shows what every column will fill and names a column it cannot place before anything is saved', async () => {
    const team = await makeTestTeam();
    await choose(team, `Name,Profession,Team notes\nAna Silva,Health visitor,Knows the school well`);
    const filled = screen.getByRole('region', { name: 'What each column will fill' });
    expect(filled).toHaveTextContent('NameName');
    expect(filled).toHaveTextContent('Team notesLeft out: not brought in');
    expect(screen.getByText('1 column will not be brought in')).toBeInTheDocument();
    expect(screen.getByText(/What is in “Team notes” will not be saved/)).toBeInTheDocument();
    expect(await names(team)).toEqual(['Alex Morgan']);
  });

  it('names every bad row and its problems, and offers nothing to add', async () => {
    const team = await makeTestTeam();
    await choose(team, BAD);
    expect(screen.getByText('Row 2:').parentElement).toHaveTextContent('The name must not be empty.');
    expect(screen.getByText('Row 3 (Bo Kerr):').parentElement).toHaveTextContent(
      'Hours a week: “lots” is not a number of hours. Email: must be an email address.',
    );
    expect(screen.getByRole('button', { name: 'Add 0 people' })).toBeDisabled();
    expect(await names(team)).toEqual(['Alex Morgan']);
  });

  it('in a mixed file, adds only the good rows and reports the duplicate and the bad row', async () => {
    const team = await makeTestTeam();
    await createRecord(team.ctx, 'members', {
      name: 'Sam Taylor',
      profession: 'teacher',
      email: 'SAM@example.org',
    });
    const user = await choose(team, MIXED);
    expect(screen.getByText('1 person is ready to add. 2 rows will be left out.')).toBeInTheDocument();
    expect(screen.getByText('Row 3 (Sam Again):').parentElement).toHaveTextContent(
      'Sam Taylor is already in the directory',
    );
    expect(screen.getByText('Row 4 (Bo Kerr):')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Add 1 person' }));
    await waitFor(async () => expect(await names(team)).toEqual(['Alex Morgan', 'Ana Silva', 'Sam Taylor']));
  });

  it('asks for the name and profession columns when it cannot guess them', async () => {
    const team = await makeTestTeam();
    const user = await choose(team, 'Who,What\nAna,Nurse');
    expect(screen.getByText(/Every person needs name and profession/)).toBeInTheDocument();
    await user.selectOptions(screen.getByLabelText('Who'), 'Name');
    await user.selectOptions(screen.getByLabelText('What'), 'Profession');
    expect(screen.getByText('1 person is ready to add.')).toBeInTheDocument();
  });

  it('says plainly when the file is empty', async () => {
    const team = await makeTestTeam();
    const user = await openInTestTeam(<ImportPage />, team);
    await user.upload(
      await screen.findByLabelText('Choose a CSV file'),
      new File([''], 'empty.csv', { type: 'text/csv' }),
    );
    expect(await screen.findByText(/The file is empty/)).toBeInTheDocument();
  });
});
