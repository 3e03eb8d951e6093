import { configure, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { givenTestCase, openCasePage } from '../../../../tests/factories/casePage';
import { createRecord, WriteError, type WriteContext } from '../../../db/writer';
import { addChronologyEntry, addView, removeCaseEntry } from '../caseRowCommands';

configure({ asyncUtilTimeout: 8000 });

const given = givenTestCase(
  { reference: 'JU-0009', displayName: 'Child H.', leadMemberId: null },
  'Lee Grant',
);
/** A colleague (a member, not a leader) who wrote entries on the case. */
let colleague: WriteContext;

beforeEach(async () => {
  const { team, caseId } = given;
  const colleagueId = await createRecord(team.ctx, 'members', { name: 'Ali Khan', profession: 'teacher' });
  colleague = { ...given.team.ctx, person: { id: colleagueId, name: 'Ali Khan' } };
  await addChronologyEntry(colleague, caseId, {
    date: '2026-03-03',
    type: 'note',
    text: 'Mum said she is scared of her ex-partner coming back.',
  });
  await addView(colleague, caseId, {
    whose: 'child',
    text: 'I like my new school.',
    recordedOn: '2026-03-04',
  });
});

/** Ali's note on the case, as stored. */
async function aliEntry() {
  const rows = await given.team.db.rows('chronology').where('caseId').equals(given.caseId).toArray();
  return rows.find((row) => row.authorId === colleague.person.id);
}

/** The case page as the given person sees it. */
function openCaseAs(ctx: WriteContext) {
  return openCasePage({ ...given.team, ctx }, given.caseId);
}

describe('removing what someone wrote on a case', { timeout: 30_000 }, () => {
  it('is not offered to a member for a colleague’s chronology entry or view, only for their own', async () => {
    const samId = await createRecord(given.team.ctx, 'members', {
      name: 'Sam Okafor',
      profession: 'social-worker',
    });
    const sam = { ...given.team.ctx, person: { id: samId, name: 'Sam Okafor' } };
    await addChronologyEntry(sam, given.caseId, {
      date: '2026-03-05',
      type: 'call',
      text: 'Called the school.',
    });
    await openCaseAs(sam);
    const chronology = within(screen.getByRole('region', { name: 'Chronology' }));
    await chronology.findByText('Called the school.');
    expect(chronology.getAllByRole('button', { name: /^Remove/ })).toHaveLength(1);
    expect(
      chronology.getByRole('button', { name: /^Remove chronology entry of 5 March 2026/ }),
    ).toBeVisible();
    const views = within(screen.getByRole('region', { name: 'What the child and family say' }));
    expect(views.queryByRole('button', { name: /^Remove/ })).toBeNull();
  });

  it('is refused by the command too, for a member removing a colleague’s entry', async () => {
    const samId = await createRecord(given.team.ctx, 'members', {
      name: 'Sam Okafor',
      profession: 'social-worker',
    });
    const sam = { ...given.team.ctx, person: { id: samId, name: 'Sam Okafor' } };
    const entry = await aliEntry();
    await expect(removeCaseEntry(sam, 'chronology', entry?.id ?? '', 'Wrong case')).rejects.toThrow(
      WriteError,
    );
    expect((await given.team.db.rows('chronology').get(entry?.id ?? ''))?.deleted).toBe(false);
  });

  it('asks a leader what goes and why, then shows the removal and Undo in the entry’s place, with focus', async () => {
    const user = await openCaseAs(given.team.ctx);
    const chronology = within(screen.getByRole('region', { name: 'Chronology' }));
    await user.click(
      await chronology.findByRole('button', { name: 'Remove chronology entry of 3 March 2026 by Ali Khan' }),
    );
    const dialog = await screen.findByRole('alertdialog', {
      name: 'Remove the chronology entry of 3 March 2026 by Ali Khan?',
    });
    expect(within(dialog).getByText('Mum said she is scared of her ex-partner coming back.')).toBeVisible();

    await user.click(within(dialog).getByRole('button', { name: 'Remove it' }));
    expect(await within(dialog).findByText(/Say why/)).toBeVisible();
    expect((await aliEntry())?.deleted).toBe(false);

    await user.type(within(dialog).getByLabelText('Why are you removing it?'), 'Written on the wrong case');
    await user.click(within(dialog).getByRole('button', { name: 'Remove it' }));
    await chronology.findByText('Removed the chronology entry of 3 March 2026. It is in Recently deleted.');
    // The focus lands once the dialog has gone, and the entry leaves once the list is read again: on a busy
    // machine either can come after the notice shows.
    await waitFor(() => expect(chronology.getByRole('button', { name: 'Undo' })).toHaveFocus());
    await waitFor(() => expect(chronology.queryByText(/scared of her ex-partner/)).toBeNull());
    const stored = await aliEntry();
    expect(stored).toMatchObject({ deleted: true, removedReason: 'Written on the wrong case' });
    const audit = await given.team.db.audit
      .where('[table+recordId]')
      .equals(['chronology', stored?.id ?? ''])
      .toArray();
    expect(JSON.stringify(audit)).not.toContain('Written on the wrong case');

    await user.click(chronology.getByRole('button', { name: 'Undo' }));
    await chronology.findByText('Mum said she is scared of her ex-partner coming back.');
    await waitFor(() =>
      expect(document.activeElement?.textContent).toContain('Mum said she is scared of her ex-partner'),
    );
  });
});
