import { configure, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { addOnCasePage, givenTestCase, openCasePage } from '../../../../tests/factories/casePage';
import { readCaseRows } from '../page/useCaseRows';

// The machine running tests may be busy: give live reads after a save time to arrive.
configure({ asyncUtilTimeout: 8000 });

const given = givenTestCase();
const openCase = () => openCasePage(given.team, given.caseId);
const caseRows = () => readCaseRows(given.team.db, given.caseId);

describe('people and numbers from outside the team on a case page', { timeout: 30_000 }, () => {
  it("keeps the council's case number and an NHS number, shown as the NHS prints it", async () => {
    const user = await openCase();
    await addOnCasePage(
      user,
      'Add a reference number',
      { 'Reference number': 'CS-204417' },
      'Add the reference number',
    );
    await screen.findByText('Reference number added.');

    await user.click(screen.getByRole('button', { name: 'Add a reference number' }));
    await user.selectOptions(screen.getByLabelText('Which reference'), 'NHS number');
    await user.type(screen.getByLabelText(/^Reference number/), '9434765919');
    await user.click(screen.getByRole('button', { name: 'Add the reference number' }));

    const section = screen.getByRole('region', { name: 'Agencies’ reference numbers' });
    expect(await within(section).findByText('943 476 5919')).toBeTruthy();
    expect(within(section).getByText('CS-204417')).toBeTruthy();
  });

  it('asks again for an NHS number that fails its check, and keeps nothing', async () => {
    const user = await openCase();
    await user.click(screen.getByRole('button', { name: 'Add a reference number' }));
    await user.selectOptions(screen.getByLabelText('Which reference'), 'NHS number');
    await user.type(screen.getByLabelText(/^Reference number/), '9434765918');
    await user.click(screen.getByRole('button', { name: 'Add the reference number' }));

    expect((await screen.findAllByText(/Enter an NHS number of 10 digits/)).length).toBeGreaterThan(0);
    expect((await caseRows()).caseReferences).toEqual([]);
  });

  it('gives an action to a parent outside the team, by name and role', async () => {
    const user = await openCase();
    await user.click(screen.getByRole('button', { name: 'Add an action' }));
    await user.type(screen.getByLabelText('What needs to be done'), 'Take Child G. to the dentist');
    await user.selectOptions(screen.getByLabelText('Who will do it'), 'Someone outside the team');
    await user.type(screen.getByLabelText(/^Their name/), 'Ms Davies');
    await user.type(screen.getByLabelText(/^Their role/), 'Mother');
    await user.click(screen.getByRole('button', { name: 'Add the action' }));

    const actions = screen.getByRole('region', { name: 'Actions' });
    expect(await within(actions).findByText('Ms Davies, Mother (outside the team)')).toBeTruthy();
    const [action] = (await caseRows()).actions;
    expect(action).toMatchObject({ ownerId: null, outsideOwner: 'Ms Davies', outsideOwnerRole: 'Mother' });
  });

  it('asks for the name of someone outside the team before keeping the action', async () => {
    const user = await openCase();
    await user.click(screen.getByRole('button', { name: 'Add an action' }));
    await user.type(screen.getByLabelText('What needs to be done'), 'Book the GP review');
    await user.selectOptions(screen.getByLabelText('Who will do it'), 'Someone outside the team');
    await user.click(screen.getByRole('button', { name: 'Add the action' }));

    expect(
      (await screen.findAllByText('Enter the name of the person outside the team.')).length,
    ).toBeGreaterThan(0);
    expect((await caseRows()).actions).toEqual([]);
  });
});
