import { beforeEach, describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import { addDays, format } from 'date-fns';
import { makeTestTeam, type TestTeam } from '../../../tests/factories/testTeam';
import { addBoardCase } from '../../../tests/factories/boardCases';
import { renderWithTestTeam } from '../../../tests/factories/renderWithTestTeam';
import { todayIso } from '../../../shared/dates';
import { dropTeamKey } from '../../db/keys/heldKeys';
import { createRecord, updateRecord } from '../../db/writer';
import { BoardSection } from './BoardSection';
import { loadBoardEarly, takeEarlyBoardLoad } from './earlyBoardLoad';
import { readBoard } from './readBoard';
import { openInTestTeam } from '../../../tests/factories/screenSteps';

// Component tests with a real (fake) IndexedDB are slow on a busy machine; they wait, they do not time out.
vi.setConfig({ testTimeout: 30_000 });

const day = (offset: number) => format(addDays(new Date(), offset), 'yyyy-MM-dd');

// jsdom lays nothing out; give every element a size so the virtualised columns show their cards.
beforeEach(() => {
  vi.spyOn(Element.prototype, 'getBoundingClientRect').mockReturnValue({
    x: 0,
    y: 0,
    top: 0,
    left: 0,
    bottom: 800,
    right: 300,
    width: 300,
    height: 800,
    toJSON: () => ({}),
  });
  vi.spyOn(HTMLElement.prototype, 'offsetHeight', 'get').mockReturnValue(800);
  vi.spyOn(HTMLElement.prototype, 'offsetWidth', 'get').mockReturnValue(300);
  vi.spyOn(Element.prototype, 'clientHeight', 'get').mockReturnValue(800);
  vi.spyOn(Element.prototype, 'clientWidth', 'get').mockReturnValue(300);
  window.location.hash = '#/board';
});

async function teamWithCases(): Promise<TestTeam & { caseIds: string[] }> {
  const team = await makeTestTeam({ personName: 'Alex Morgan' });
  const [referral, assessment] = team.columnIds;
  if (!referral || !assessment) throw new Error('The test team has no columns.');
  const caseIds = [
    await addBoardCase(team.ctx, {
      reference: 'JU-0042',
      displayName: 'Child A.',
      columnId: referral,
      leadMemberId: team.ctx.person.id,
      concerns: ['safe'],
      nextReviewDate: day(-2),
      actions: [{ text: 'Book a speech therapy assessment', dueDate: day(-1) }],
    }),
    await addBoardCase(team.ctx, {
      reference: 'JU-0043',
      displayName: 'Child B.',
      columnId: assessment,
      concerns: ['achieving'],
      nextReviewDate: day(40),
      aims: ['Sleeps through the night'],
    }),
  ];
  return { ...team, caseIds };
}

/** Draws the board of `teamWithCases` and waits for its first case; gives back a user to act on it. */
async function openBoard() {
  const team = await teamWithCases();
  const user = await openInTestTeam(<BoardSection route={[]} />, team);
  await screen.findByRole('link', { name: 'JU-0042 · Child A.' });
  return user;
}

describe('the board', () => {
  it('shows each stage with its cases, and what needs attention in words', async () => {
    const team = await teamWithCases();
    await renderWithTestTeam(<BoardSection route={[]} />, team);
    const referral = await screen.findByRole('region', { name: 'Cases in Referral' });
    const card = within(referral).getByRole('link', { name: 'JU-0042 · Child A.' });
    expect(card).toHaveAttribute('href', `#/board/case/${team.caseIds[0]}`);
    const article = card.closest('article');
    if (!article) throw new Error('The card has no article.');
    expect(article).toHaveTextContent('Overdue');
    expect(article).toHaveTextContent('1 overdue action');
    expect(article).toHaveTextContent('Alex Morgan');
    // Compact: the concerns and agencies are on the case page and in the case list, not on the card.
    expect(article).not.toHaveTextContent('Safe');
    const assessment = screen.getByRole('region', { name: 'Cases in Assessment' });
    expect(within(assessment).getByRole('link', { name: /JU-0043/ })).toBeVisible();
  });

  it('moves a case with the “Move to…” menu and keyboard alone, recording the reason in the chronology', async () => {
    const team = await teamWithCases();
    const user = await openInTestTeam(<BoardSection route={[]} />, team);
    // From the case's link, the next stop is its "Move to…" button.
    const caseLink = await screen.findByRole('link', { name: /JU-0042/ });
    caseLink.focus();
    await user.tab();
    expect(screen.getByRole('button', { name: /Move to… \(case JU-0042\)/ })).toHaveFocus();
    await user.keyboard('{Enter}');
    const menu = await screen.findByRole('menu', { name: /case JU-0042/ });
    // The first stage offered is Assessment: the case is already in Referral.
    await waitFor(() => expect(within(menu).getAllByRole('menuitem')[0]).toHaveFocus());
    await user.keyboard('{Enter}');
    const dialog = await screen.findByRole('dialog');
    expect(dialog).toHaveTextContent('Move JU-0042 to Assessment');
    await user.click(within(dialog).getByLabelText(/Reason/));
    await user.keyboard('Family agreed to an assessment{Enter}');

    await waitFor(async () => {
      const row = await team.db.rows('cases').get(team.caseIds[0] ?? '');
      expect(row?.columnId).toBe(team.columnIds[1]);
    });
    const entries = await team.db
      .rows('chronology')
      .where('caseId')
      .equals(team.caseIds[0] ?? '')
      .toArray();
    expect(entries.map((entry) => [entry.type, entry.text])).toEqual([
      ['stage-change', 'Moved from Referral to Assessment: Family agreed to an assessment'],
    ]);
    expect(await screen.findByText('Moved JU-0042 from Referral to Assessment.')).toBeVisible();
    const assessment = screen.getByRole('region', { name: 'Cases in Assessment' });
    expect(await within(assessment).findByRole('link', { name: 'JU-0042 · Child A.' })).toBeVisible();
  });

  it('brings focus back to the case when a move is cancelled, with nothing moved', async () => {
    const team = await teamWithCases();
    const user = await openInTestTeam(<BoardSection route={[]} />, team);
    (await screen.findByRole('link', { name: /JU-0042/ })).focus();
    await user.tab();
    await user.keyboard('{Enter}');
    const menu = await screen.findByRole('menu', { name: /case JU-0042/ });
    await waitFor(() => expect(within(menu).getAllByRole('menuitem')[0]).toHaveFocus());
    await user.keyboard('{Enter}');
    await screen.findByRole('dialog');
    await user.keyboard('{Escape}');

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    await waitFor(() => expect(screen.getByRole('link', { name: /JU-0042/ })).toHaveFocus());
    expect((await team.db.rows('cases').get(team.caseIds[0] ?? ''))?.columnId).toBe(team.columnIds[0]);
  });

  it('narrows the cards with filters and search over aims and actions', async () => {
    const user = await openBoard();

    await user.type(screen.getByLabelText('Search cases'), 'sleeps');
    await waitFor(() => expect(screen.queryByRole('link', { name: 'JU-0042 · Child A.' })).toBeNull());
    // The aims are read just after the cards are drawn; the case shows as soon as they are in.
    expect(await screen.findByRole('link', { name: 'JU-0043 · Child B.' })).toBeVisible();

    await user.clear(screen.getByLabelText('Search cases'));
    await user.click(screen.getByRole('button', { name: /Filters/ }));
    await user.selectOptions(screen.getByLabelText('Review date'), 'Review overdue');
    expect(screen.getByText('Filters: 1 active — Review overdue')).toBeVisible();
    expect(screen.getByRole('button', { name: /Filters \(1 active\)/ })).toHaveAttribute(
      'aria-expanded',
      'true',
    );
    await waitFor(() => expect(screen.queryByRole('link', { name: 'JU-0043 · Child B.' })).toBeNull());
    expect(screen.getByRole('link', { name: 'JU-0042 · Child A.' })).toBeVisible();
    await waitFor(() => expect(window.location.hash).toContain('review=overdue'));

    await user.selectOptions(screen.getByLabelText('Wellbeing concern'), 'Achieving');
    await waitFor(() => expect(screen.getByText(/Showing 0 of 2 open cases/)).toBeVisible());
    await user.click(screen.getByRole('button', { name: 'Clear all filters' }));
    await waitFor(() => expect(screen.getByText(/Showing 2 of 2 open cases/)).toBeVisible());
    expect(screen.queryByText(/Filters: \d active/)).toBeNull();
  });

  it('finds a case by the name of its lead professional', async () => {
    const user = await openBoard();
    await user.type(screen.getByLabelText('Search cases'), 'alex morgan');
    await waitFor(() => expect(screen.queryByRole('link', { name: 'JU-0043 · Child B.' })).toBeNull());
    expect(screen.getByRole('link', { name: 'JU-0042 · Child A.' })).toBeVisible();
  });

  it('keeps the search as typed when Enter is pressed in it, and does not reload the board', async () => {
    const user = await openBoard();
    // The search box has a form of its own; a form sent by the browser would reload the page and lose the search.
    const sent: boolean[] = [];
    const onSubmit = (event: Event) => sent.push(!event.defaultPrevented);
    document.addEventListener('submit', onSubmit);
    try {
      await user.type(screen.getByLabelText('Search cases'), 'alex morgan{Enter}');
    } finally {
      document.removeEventListener('submit', onSubmit);
    }
    expect(sent).toEqual([false]);
    expect(screen.getByLabelText('Search cases')).toHaveValue('alex morgan');
    await waitFor(() => expect(screen.queryByRole('link', { name: 'JU-0043 · Child B.' })).toBeNull());
    expect(screen.getByRole('link', { name: 'JU-0042 · Child A.' })).toBeVisible();
  });

  it('shows the same cases as a list that sorts by a column from the keyboard', async () => {
    const user = await openBoard();
    await user.click(screen.getByRole('button', { name: 'List' }));
    const table = await screen.findByRole('table');
    const references = () =>
      within(table)
        .getAllByRole('rowheader')
        .map((cell) => cell.textContent);
    expect(references()).toEqual(['JU-0042', 'JU-0043']);
    expect(within(table).getByRole('columnheader', { name: /Next review/ })).toHaveAttribute(
      'aria-sort',
      'ascending',
    );
    within(table)
      .getByRole('button', { name: /Reference/ })
      .focus();
    await user.keyboard('{Enter}');
    await user.keyboard('{Enter}');
    await waitFor(() => expect(references()).toEqual(['JU-0043', 'JU-0042']));
    expect(within(table).getByRole('columnheader', { name: /Reference/ })).toHaveAttribute(
      'aria-sort',
      'descending',
    );
    expect(screen.getByRole('button', { name: 'List' })).toHaveAttribute('aria-pressed', 'true');
    await waitFor(() => expect(window.location.hash).toContain('view=list&sort=reference&desc=1'));
  });

  it('saves the filters as a named view and applies it in one click', async () => {
    const user = await openBoard();
    await user.click(screen.getByRole('button', { name: /Filters/ }));
    await user.click(screen.getByRole('checkbox', { name: /My cases/ }));
    await user.type(screen.getByLabelText('Name for these filters'), 'Mine{Enter}');
    const apply = await screen.findByRole('button', { name: 'Show: Mine' });
    await user.click(screen.getByRole('checkbox', { name: /My cases/ }));
    await screen.findByRole('link', { name: 'JU-0043 · Child B.' });
    await user.click(apply);
    await waitFor(() => expect(screen.queryByRole('link', { name: 'JU-0043 · Child B.' })).toBeNull());
  });

  it('keeps closed cases off the board unless asked, and shows cases of a retired stage apart', async () => {
    const team = await teamWithCases();
    const [referral, , planning] = team.columnIds;
    await addBoardCase(team.ctx, { reference: 'JU-0050', columnId: referral ?? '', status: 'closed' });
    await addBoardCase(team.ctx, { reference: 'JU-0051', columnId: planning ?? '' });
    await updateRecord(team.ctx, 'boardColumns', planning ?? '', { retired: true });
    const user = await openInTestTeam(<BoardSection route={[]} />, team);
    const retired = await screen.findByRole('region', { name: 'Cases in Retired stages' });
    expect(within(retired).getByRole('link', { name: /JU-0051/ })).toBeVisible();
    expect(within(retired).getByText('Stage: Planning (retired)')).toBeVisible();
    expect(screen.queryByRole('link', { name: /JU-0050/ })).toBeNull();
    await user.click(screen.getByRole('button', { name: /Filters/ }));
    await user.click(screen.getByRole('checkbox', { name: 'Show closed cases' }));
    expect(await screen.findByRole('link', { name: /JU-0050/ })).toBeVisible();
  });

  it('keeps focus on the same case when a colleague adds a case above it in the stage', async () => {
    const team = await teamWithCases();
    await renderWithTestTeam(<BoardSection route={[]} />, team);
    const link = await screen.findByRole('link', { name: 'JU-0042 · Child A.' });
    link.focus();
    const referral = screen.getByRole('region', { name: 'Cases in Referral' });
    // Reviewed earlier, so the new case comes first in Referral: the focused card moves down one place.
    await addBoardCase(team.ctx, {
      reference: 'JU-0050',
      displayName: 'Child C.',
      columnId: team.columnIds[0] ?? '',
      nextReviewDate: day(-9),
    });
    await waitFor(() =>
      expect(
        within(referral)
          .getAllByRole('link')
          .map((card) => card.textContent),
      ).toEqual(['JU-0050 · Child C.', 'JU-0042 · Child A.']),
    );
    expect(document.activeElement).toHaveTextContent('JU-0042 · Child A.');
  });

  it('marks a case someone else changed since this person last opened it', async () => {
    const team = await teamWithCases();
    const caseId = team.caseIds[1] ?? '';
    await createRecord(team.ctx, 'caseVisits', {
      personId: team.ctx.person.id,
      caseId,
      at: '2020-01-01T00:00:00.000Z',
    });
    const colleague = await createRecord(team.ctx, 'members', { name: 'Priya Shah', profession: 'teacher' });
    await createRecord({ ...team.ctx, person: { id: colleague, name: 'Priya Shah' } }, 'chronology', {
      caseId,
      date: day(0),
      type: 'call',
      text: 'Spoke to the school.',
    });
    await renderWithTestTeam(<BoardSection route={[]} />, team);
    const card = (await screen.findByRole('link', { name: 'JU-0043 · Child B.' })).closest('article');
    await waitFor(() => expect(card).toHaveTextContent('Changed since you last looked'));
    const other = screen.getByRole('link', { name: 'JU-0042 · Child A.' }).closest('article');
    expect(other).not.toHaveTextContent('Changed since you last looked');
  });

  it('opens from a read begun as the team opened, with what colleagues saved in between', async () => {
    const team = await teamWithCases();
    await saveBoard(team, todayIso());
    await loadBoardEarly(team.db, todayIso());
    await addBoardCase(team.ctx, {
      reference: 'JU-0044',
      displayName: 'Child C.',
      columnId: team.columnIds[0] ?? '',
    });
    await renderWithTestTeam(<BoardSection route={[]} />, team);
    const referral = await screen.findByRole('region', { name: 'Cases in Referral' });
    expect(await within(referral).findByRole('link', { name: 'JU-0044 · Child C.' })).toBeVisible();
    expect(within(referral).getByRole('link', { name: 'JU-0042 · Child A.' })).toBeVisible();
    // The board took the early read rather than leaving it waiting.
    expect(takeEarlyBoardLoad(team.db, todayIso())).toBeNull();
  });
});

/** The board as this PC saved it when it last showed it, so a start can read it early. */
async function saveBoard(team: TestTeam, today: string): Promise<void> {
  await (await readBoard(team.db, today)).save?.();
}

describe('the board read begun as the team opens', () => {
  it('is handed to the board once, for the day it was read for', async () => {
    const team = await teamWithCases();
    await saveBoard(team, '2026-01-20');
    await loadBoardEarly(team.db, '2026-01-20');
    expect(takeEarlyBoardLoad(team.db, '2026-01-21')).toBeNull();
    const loaded = await takeEarlyBoardLoad(team.db, '2026-01-20');
    expect(loaded?.value.cards.map((card) => card.reference).sort()).toEqual(['JU-0042', 'JU-0043']);
    expect(takeEarlyBoardLoad(team.db, '2026-01-20')).toBeNull();
  });

  it('is dropped when the screen locks and the team’s key goes', async () => {
    const team = await teamWithCases();
    await saveBoard(team, '2026-01-20');
    await loadBoardEarly(team.db, '2026-01-20');
    dropTeamKey(team.db.teamId);
    expect(takeEarlyBoardLoad(team.db, '2026-01-20')).toBeNull();
  });

  it('is not begun on a PC that has never shown the board: that read is of every record, and waits for the board', async () => {
    const team = await teamWithCases();
    await loadBoardEarly(team.db, '2026-01-20');
    expect(takeEarlyBoardLoad(team.db, '2026-01-20')).toBeNull();
  });
});
