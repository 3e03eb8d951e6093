import { configure, screen } from '@testing-library/react';
import { createElement } from 'react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTestTeam, type TestTeam } from '../../../../tests/factories/testTeam';
import { WellbeingFrameworkPage } from './WellbeingFrameworkPage';
import { openInTestTeam, retype } from '../../../../tests/factories/screenSteps';
import { addOwnIndicator, startOwnListFrom } from './wellbeingCommands';

// The machine running tests may be busy: give live reads after a save time to arrive.
configure({ asyncUtilTimeout: 8000 });

let team: TestTeam;

beforeEach(async () => {
  team = await makeTestTeam();
});

afterEach(() => team.db.close());

/** The team's own indicators as its list shows them, in order. */
async function ownListInOrder(): Promise<string[]> {
  const rows = await team.db.rows('wellbeingIndicators').toArray();
  return rows.sort((a, b) => a.position - b.position).map((row) => row.label);
}

describe('the team’s wellbeing framework', { timeout: 30_000 }, () => {
  it('lets a team leader move the team to its own list, then add, rename and retire indicators', async () => {
    const user = await openInTestTeam(createElement(WellbeingFrameworkPage), team);
    await screen.findByText('Safe');
    await user.click(screen.getByRole('radio', { name: /The team’s own list/ }));
    await user.click(screen.getByRole('button', { name: 'Save the framework' }));
    await screen.findByText(/The team now records wellbeing in: The team’s own list/);
    expect((await team.db.rows('team').get(team.teamId))?.wellbeingFramework).toBe('own');

    await user.type(await screen.findByLabelText(/^Indicator/), 'Money');
    await user.click(screen.getByRole('button', { name: 'Add the indicator' }));
    await screen.findByText('“Money” is added to the team’s indicators.');

    await user.click(screen.getByRole('button', { name: 'Rename Money' }));
    const renamed = screen.getByLabelText(/^New name/);
    await retype(user, renamed, 'Family finances');
    await user.click(screen.getByRole('button', { name: 'Save the name' }));
    await screen.findByText('The indicator is now called “Family finances”.');

    await user.click(await screen.findByRole('button', { name: 'Retire Family finances' }));
    await screen.findByRole('heading', { name: 'Retired indicators' });
    expect(await screen.findByRole('button', { name: 'Bring back Family finances' })).toBeTruthy();
    const rows = await team.db.rows('wellbeingIndicators').toArray();
    expect(rows.map(({ label, retired }) => ({ label, retired }))).toEqual([
      { label: 'Family finances', retired: true },
    ]);
  });

  it('refuses an indicator the list already has, saying so beside the field', async () => {
    const user = await openInTestTeam(createElement(WellbeingFrameworkPage), team);
    await user.click(await screen.findByRole('radio', { name: /The team’s own list/ }));
    await user.click(screen.getByRole('button', { name: 'Save the framework' }));
    const field = await screen.findByLabelText(/^Indicator/);
    await user.type(field, 'Housing');
    await user.click(screen.getByRole('button', { name: 'Add the indicator' }));
    await screen.findByText('“Housing” is added to the team’s indicators.');
    await user.type(screen.getByLabelText(/^Indicator/), 'housing');
    await user.click(screen.getByRole('button', { name: 'Add the indicator' }));
    expect((await screen.findAllByText('The list already has “Housing”.')).length).toBeGreaterThan(0);
    expect(await team.db.rows('wellbeingIndicators').count()).toBe(1);
  });

  it('starts the team’s own list from Scotland’s indicators, to rename and add to', async () => {
    const user = await openInTestTeam(createElement(WellbeingFrameworkPage), team);
    await user.click(await screen.findByRole('radio', { name: /The team’s own list/ }));
    await user.click(screen.getByRole('button', { name: 'Save the framework' }));
    await user.click(
      await screen.findByRole('button', { name: 'Start from Scotland’s eight SHANARRI indicators' }),
    );

    await screen.findByText(/The team’s list now holds Scotland’s eight SHANARRI indicators/);
    expect(await screen.findByRole('button', { name: 'Rename Safe' })).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'The team’s own indicators' }));
    expect(screen.queryByRole('button', { name: /^Start from/ })).toBeNull();
    expect(await ownListInOrder()).toEqual([
      'Safe',
      'Healthy',
      'Achieving',
      'Nurtured',
      'Active',
      'Respected',
      'Responsible',
      'Included',
    ]);
  });

  it('leaves out, when starting from a framework, the indicators the list already has', async () => {
    await addOwnIndicator(team.ctx, 'stay safe');
    expect(await startOwnListFrom(team.ctx, 'england')).toBe(4);
    expect(await ownListInOrder()).toEqual([
      'stay safe',
      'Be healthy',
      'Enjoy and achieve',
      'Make a positive contribution',
      'Achieve economic well-being',
    ]);
  });
});
