import { configure, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { givenTestCase, openCasePage } from '../../../../tests/factories/casePage';
import { recordSharingDecision } from '../caseRowCommands';
import { readCaseRows } from '../page/useCaseRows';

// The machine running tests may be busy: give live reads after a save time to arrive.
configure({ asyncUtilTimeout: 8000 });

const given = givenTestCase();
const openCase = () => openCasePage(given.team, given.caseId);
const caseRows = () => readCaseRows(given.team.db, given.caseId);

beforeEach(async () => {
  await recordSharingDecision(given.team.ctx, given.caseId, {
    basis: 'consent',
    specialCategory: 'none',
    decidedBy: given.team.ctx.person.id,
    decidedOn: '2026-01-05',
    reason: 'Mother agreed at the first meeting.',
    reviewOn: null,
    consentGivenBy: 'Mother',
    consentScope: 'The team around the child.',
  });
});

describe('the basis for sharing a child’s information', { timeout: 30_000 }, () => {
  it('moves from consent to public task with a reason, and keeps the consent in the history', async () => {
    const user = await openCase();
    const section = screen.getByRole('region', { name: 'Information sharing' });
    await user.click(within(section).getByRole('button', { name: 'Record a new basis for sharing' }));
    await user.click(within(section).getByRole('radio', { name: /^Public task/ }));
    await user.click(within(section).getByRole('radio', { name: /safeguarding of children/ }));
    await user.type(
      within(section).getByLabelText(/^Why consent is no longer the basis/),
      'Mother withdrew consent; a section 47 enquiry began.',
    );
    await user.click(within(section).getByRole('button', { name: 'Record the basis' }));

    await within(section).findByText('Basis for sharing recorded.');
    // The message comes with the save; the section shows the new basis once the case's records are read again.
    await waitFor(() => expect(within(section).getAllByText('Public task')).toHaveLength(1));
    const earlier = await within(section).findByRole('heading', { name: 'Earlier bases for sharing' });
    expect(earlier).toBeTruthy();
    expect(within(section).getByText('Mother')).toBeTruthy();
    expect(within(section).getByText('Mother withdrew consent; a section 47 enquiry began.')).toBeTruthy();
    const decisions = (await caseRows()).sharingDecisions;
    expect(decisions.map((row) => row.basis)).toEqual(['public-task', 'consent']);
    expect(decisions[0]?.specialCategory).toBe('safeguarding');
  });

  it('asks why consent is no longer the basis before recording another', async () => {
    const user = await openCase();
    const section = screen.getByRole('region', { name: 'Information sharing' });
    await user.click(within(section).getByRole('button', { name: 'Record a new basis for sharing' }));
    await user.click(within(section).getByRole('radio', { name: /^Legal obligation/ }));
    await user.click(within(section).getByRole('button', { name: 'Record the basis' }));

    expect((await screen.findAllByText('Say why consent is no longer the basis.')).length).toBeGreaterThan(0);
    expect((await caseRows()).sharingDecisions).toHaveLength(1);
  });
});

describe('a restriction on sharing', { timeout: 30_000 }, () => {
  it('is changed from its own row, and the warning above the case says it at once', async () => {
    const user = await openCase();
    const section = screen.getByRole('region', { name: 'Information sharing' });
    const change = within(section).getByRole('button', { name: 'Change restriction on sharing' });
    await user.click(change);
    await user.type(
      within(section).getByLabelText(/^Any restriction/),
      'Do not share the new address with the other parent.',
    );
    await user.click(within(section).getByRole('button', { name: 'Save' }));

    await within(section).findByText('Information sharing saved.');
    expect(await within(section).findByText('Restriction on sharing')).toBeTruthy();
    expect(within(section).getAllByText('Do not share the new address with the other parent.')).toHaveLength(
      2,
    );
    // Recording a new basis is the basis's own action, not beside the restriction's Change.
    expect(within(section).getByRole('button', { name: 'Record a new basis for sharing' })).toBeTruthy();
    expect(document.activeElement).toBe(
      within(section).getByRole('button', { name: 'Change restriction on sharing' }),
    );
    const saved = await given.team.db.rows('cases').get(given.caseId);
    expect(saved?.sharingRestriction).toBe('Do not share the new address with the other parent.');
  });
});
