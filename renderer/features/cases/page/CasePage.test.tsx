import { configure, screen, waitFor, within } from '@testing-library/react';
import type userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { addOnCasePage, givenTestCase, openCasePage } from '../../../../tests/factories/casePage';
import { createRecord } from '../../../db/writer';
import { readCaseRows } from './useCaseRows';

// The machine running tests may be busy: give live reads after a save time to arrive.
configure({ asyncUtilTimeout: 8000 });

const given = givenTestCase({ concerns: ['safe'] });
const openCase = () => openCasePage(given.team, given.caseId);

async function typeDate(
  user: ReturnType<typeof userEvent.setup>,
  group: HTMLElement,
  day: string,
  month: string,
  year: string,
) {
  const boxes = within(group);
  await user.clear(boxes.getByLabelText('Day'));
  await user.type(boxes.getByLabelText('Day'), day);
  await user.clear(boxes.getByLabelText('Month'));
  await user.type(boxes.getByLabelText('Month'), month);
  await user.clear(boxes.getByLabelText('Year'));
  await user.type(boxes.getByLabelText('Year'), year);
}

// A whole case page in jsdom is heavy: give each scenario time, and wait for live reads after each save.
describe('the case page', { timeout: 30_000 }, () => {
  it('marks a field that waits for a decision, with a link to settle it', async () => {
    await openCase();
    expect(screen.queryByRole('link', { name: /wait for a decision/ })).toBeNull();
    // As an import would leave it: another PC's unseen value for the next review date.
    await given.team.db.decisions.put({
      id: `cases|${given.caseId}|nextReviewDate|other`,
      table: 'cases',
      recordId: given.caseId,
      field: 'nextReviewDate',
      keptValue: '2027-06-01',
      keptStamp: '001796397661720-000000-pc-b',
      otherValue: '2027-05-01',
      otherStamp: '001796397661650-000000-pc-a',
      otherBy: given.team.ctx.person.id,
      otherAt: new Date().toISOString(),
      bundleId: null,
      foundAt: new Date().toISOString(),
    });
    const mark = await screen.findByRole('link', {
      name: /^Two values wait for a decision about the next review date\W+settle it in Share and receive$/,
    });
    expect(mark).toHaveAttribute('href', '#/sync');
    expect(mark.closest('.summary-list__row')).toHaveTextContent('Next review');
  });

  it('adds a shared aim and an action that serves it', async () => {
    const user = await openCase();
    await addOnCasePage(user, 'Add a shared aim', { Aim: 'Attends school every day' }, 'Add the aim');
    await screen.findByText('Aim added.');
    expect(await screen.findByText('Attends school every day', { selector: 'p' })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Add an action' }));
    await user.type(screen.getByLabelText('What needs to be done'), 'Walk to school together on Monday');
    await user.selectOptions(screen.getByLabelText('Who will do it'), 'Alex Morgan');
    await user.selectOptions(screen.getByLabelText('The aim it serves'), 'Attends school every day');
    await user.click(screen.getByRole('button', { name: 'Add the action' }));
    await screen.findByText('Action added.');

    const action = (await screen.findByText('Walk to school together on Monday')).closest('li');
    expect(action).not.toBeNull();
    const facts = within(action as HTMLElement);
    expect(facts.getByText('Serves the aim').nextSibling).toHaveTextContent('Attends school every day');
    expect(facts.getByText('Owner').nextSibling).toHaveTextContent('Alex Morgan');
    expect(screen.getByText(/1 action serves this aim/)).toBeInTheDocument();
  });

  it('shows who marked an action done and when', async () => {
    const user = await openCase();
    await addOnCasePage(
      user,
      'Add an action',
      { 'What needs to be done': 'Book the review meeting' },
      'Add the action',
    );
    await user.click(await screen.findByRole('button', { name: 'Mark done: Book the review meeting' }));
    expect(
      await screen.findByText(/^Done by Alex Morgan on \d+ \w+ \d{4} at \d\d:\d\d$/),
    ).toBeInTheDocument();
    const [stored] = (await readCaseRows(given.team.db, given.caseId)).actions;
    expect(stored?.doneBy).toBe(given.team.ctx.person.id);
    expect(stored?.doneAt).not.toBeNull();
  });

  it('asks before saving a due date that has passed, and once agreed the action stands out as overdue', async () => {
    const user = await openCase();
    await user.click(screen.getByRole('button', { name: 'Add an action' }));
    await user.type(screen.getByLabelText('What needs to be done'), 'Send the school report');
    await typeDate(user, screen.getByRole('group', { name: 'Due date' }), '3', '1', '2020');
    expect(screen.getByText(/This date has passed/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Add the action' }));
    expect(screen.getByRole('group', { name: /Save it anyway\?/ })).toHaveTextContent(
      'Due date: 3 January 2020',
    );
    expect(screen.queryByText('Send the school report', { selector: 'li *' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Yes, save it' }));
    await screen.findByText('Action added.');
    const item = (await screen.findByText('Send the school report')).closest('li');
    expect(within(item as HTMLElement).getByText('Overdue')).toBeInTheDocument();
    expect(within(item as HTMLElement).getByText('3 January 2020')).toBeInTheDocument();
  });

  it('refuses a review date that does not exist, keeping what was typed', async () => {
    const user = await openCase();
    await user.click(screen.getByRole('button', { name: 'Change next review date' }));
    const group = screen.getByRole('group', { name: 'Next review date' });
    await typeDate(user, group, '30', '2', '2027');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    const summary = await screen.findByRole('alert');
    expect(summary).toHaveTextContent('There is a problem');
    expect(summary).toHaveTextContent('The next review date must be a real date');
    expect(summary).toHaveFocus();
    expect(within(group).getByLabelText('Day')).toHaveValue('30');

    await user.clear(within(group).getByLabelText('Day'));
    await user.type(within(group).getByLabelText('Day'), '28');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await screen.findByText('Next review date saved.');
    expect(await screen.findByText('28 February 2027')).toBeInTheDocument();
  });

  it('needs a reason and an outcome to close a case, and notes the closing in the chronology', async () => {
    const user = await openCase();
    await user.click(screen.getByRole('button', { name: 'Close this case' }));
    await user.click(screen.getByRole('button', { name: 'Close the case' }));
    const summary = await screen.findByRole('alert');
    expect(summary).toHaveTextContent('Enter why the case is closing.');
    expect(summary).toHaveTextContent('Enter the outcome for the child and family.');
    expect((await given.team.db.rows('cases').get(given.caseId))?.status).toBe('open');

    await user.type(screen.getByLabelText('Why is the case closing?'), 'Aims achieved.');
    await user.type(screen.getByLabelText('Outcome for the child and family'), 'Attending school every day.');
    await user.click(screen.getByRole('button', { name: 'Close the case' }));
    await screen.findByText('This case is closed');
    expect((await given.team.db.rows('cases').get(given.caseId))?.outcome).toBe(
      'Attending school every day.',
    );
    expect(await screen.findByText(/Case closed\. Reason: Aims achieved\./)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Reopen this case' })).toBeInTheDocument();
  });

  it('records a review held with the date it was due, and sets the next one', async () => {
    const user = await openCase();
    await user.click(screen.getByRole('button', { name: 'Change next review date' }));
    await typeDate(user, screen.getByRole('group', { name: 'Next review date' }), '1', '6', '2030');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await screen.findByText('Next review date saved.');

    await user.click(screen.getByRole('button', { name: 'Record a review held' }));
    await typeDate(user, screen.getByRole('group', { name: 'Next review date' }), '1', '12', '2030');
    await user.click(screen.getByRole('button', { name: 'Record the review' }));
    await screen.findByText('Review recorded in the chronology.');
    const review = (await readCaseRows(given.team.db, given.caseId)).chronology.find(
      (entry) => entry.type === 'review',
    );
    expect(review?.reviewDue).toBe('2030-06-01');
    expect((await given.team.db.rows('cases').get(given.caseId))?.nextReviewDate).toBe('2030-12-01');
    expect(await screen.findByText(/The review was due on 1 June 2030/)).toBeInTheDocument();
  });

  it('deletes a service, says so with Undo in its place and focus there, and Undo brings it back', async () => {
    const user = await openCase();
    await addOnCasePage(user, 'Add a service', { Service: 'Parenting programme' }, 'Add the service');
    await screen.findByText('Service added.');
    await user.click(await screen.findByRole('button', { name: 'Delete service: Parenting programme' }));
    const services = within(screen.getByRole('region', { name: 'Services' }));
    await services.findByText('Removed the service “Parenting programme”. It is in Recently deleted.');
    await waitFor(() => expect(screen.queryByRole('button', { name: /Change service/ })).toBeNull());
    expect(services.getByRole('button', { name: 'Undo' })).toHaveFocus();
    await user.click(services.getByRole('button', { name: 'Undo' }));
    expect(
      await screen.findByRole('button', { name: 'Change service: Parenting programme' }),
    ).toBeInTheDocument();
    await waitFor(() =>
      expect(document.activeElement?.contains(services.getByText('Parenting programme'))).toBe(true),
    );
  });

  it('records the change of lead professional in the chronology and the team around the child', async () => {
    await createRecord(given.team.ctx, 'members', { name: 'Priya Shah', profession: 'teacher' });
    const user = await openCase();
    await user.click(screen.getByRole('button', { name: 'Change lead professional' }));
    await user.selectOptions(screen.getByLabelText('Lead professional'), 'Priya Shah');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await screen.findByText(/Lead professional saved/);
    expect(
      await screen.findByText('Lead professional changed from Alex Morgan to Priya Shah.'),
    ).toBeInTheDocument();
    const around = within(screen.getByRole('region', { name: 'Team around the child' }));
    expect(await around.findByText('Priya Shah')).toBeInTheDocument();
  });
});
