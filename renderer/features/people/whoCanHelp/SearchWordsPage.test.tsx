import { configure, screen } from '@testing-library/react';
import { createElement } from 'react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTestTeam, type TestTeam } from '../../../../tests/factories/testTeam';
import { SearchWordsPage } from './SearchWordsPage';
import { openInTestTeam, retype } from '../../../../tests/factories/screenSteps';

// The machine running tests may be busy: give live reads after a save time to arrive.
configure({ asyncUtilTimeout: 8000 });

let team: TestTeam;

beforeEach(async () => {
  team = await makeTestTeam();
});

afterEach(() => team.db.close());

describe('the words the search understands', { timeout: 30_000 }, () => {
  it('lets a team leader add, change and remove the team’s words, beside the built-in ones', async () => {
    const user = await openInTestTeam(createElement(SearchWordsPage), team);
    expect(await screen.findByText(/domestic abuse, domestic violence, DV, DA/)).toBeTruthy();

    await user.type(screen.getByLabelText(/^Abbreviation or word/), 'MASH');
    await user.type(screen.getByLabelText(/^What it means/), 'multi-agency safeguarding hub');
    await user.click(screen.getByRole('button', { name: 'Add the word' }));
    await screen.findByText('“MASH” is added to the team’s words.');
    expect(await screen.findByText(/means multi-agency safeguarding hub/)).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Change MASH' }));
    const meaning = screen.getAllByLabelText(/^What it means/)[0];
    if (!meaning) throw new Error('No meaning field');
    await retype(user, meaning, 'multi-agency safeguarding hub (MASH)');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await screen.findByText('“MASH” is saved.');

    await user.click(screen.getByRole('button', { name: 'Remove MASH' }));
    await screen.findByText(/“MASH” is removed/);
    expect((await team.db.rows('searchWords').toArray()).map((row) => row.deleted)).toEqual([true]);
  });

  it('asks for both words before adding one, and keeps what was typed', async () => {
    const user = await openInTestTeam(createElement(SearchWordsPage), team);
    await user.type(await screen.findByLabelText(/^Abbreviation or word/), 'TAF');
    await user.click(screen.getByRole('button', { name: 'Add the word' }));
    expect((await screen.findAllByText('Enter what it means.')).length).toBeGreaterThan(0);
    expect(screen.getByLabelText(/^Abbreviation or word/)).toHaveProperty('value', 'TAF');
    expect(await team.db.rows('searchWords').count()).toBe(0);
  });
});
