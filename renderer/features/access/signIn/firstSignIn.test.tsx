import { describe, expect, it, vi } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { usePerson } from '../../../app/team/usePerson';
import { rememberUnlocked } from '../../../app/access/unlockMemory';
import { getAppApi } from '../../../bridge/appApi';
import { touchTeam } from '../../../db/pcDb';
import { setPin } from '../../../db/pins';
import { createDemoTeam } from '../../../db/teams';
import { createRecord } from '../../../db/writer';
import { renderSignedInApp } from '../../../../tests/factories/appRender';
import { createEastTeamWithAli } from '../../../../tests/factories/eastTeam';
import { choosePin } from './signInCommands';

const SLOW = { timeout: 15_000 };
vi.setConfig({ testTimeout: 60_000 });

function TeamScreens() {
  const person = usePerson();
  return <p>Working as {person?.name}</p>;
}

/**
 * A team set up on another PC and brought here: its leader Sam has a PIN on this PC; Ali has a personal password
 * but no PIN here; Bea was added by a leader and has no password yet. Nobody is signed in.
 */
async function openTeamOnThisPc() {
  rememberUnlocked(null);
  const { teamId, db, samId, leader, aliId } = await createEastTeamWithAli();
  await setPin(teamId, samId, '4071', 1_000);
  const beaId = await createRecord(leader, 'members', { name: 'Bea Nurse', profession: 'health-visitor' });
  // Nobody has worked on this team on this PC yet.
  await touchTeam(teamId, { currentPersonId: null });
  await getAppApi().settings.set({ lastTeamId: teamId });
  renderSignedInApp(<TeamScreens />);
  return { teamId, db, samId, aliId, beaId };
}

async function chooseFromList(name: string) {
  const user = userEvent.setup();
  await screen.findByRole('heading', { level: 1, name: 'Who is working on East Team?' }, SLOW);
  await user.click(await screen.findByRole('radio', { name: new RegExp(`^${name}`) }, SLOW));
  await user.click(screen.getByRole('button', { name: 'Continue' }));
  return user;
}

async function choosePinTwice(user: ReturnType<typeof userEvent.setup>, pin: string) {
  await screen.findByRole('heading', { level: 1, name: 'Choose your PIN' }, SLOW);
  await user.type(screen.getByLabelText('Choose a PIN'), pin);
  await user.type(screen.getByLabelText('Type the PIN again'), pin);
  await user.click(screen.getByRole('button', { name: 'Save my PIN and continue' }));
}

describe('the first time someone works on this PC', () => {
  it('asks a passer-by picking a colleague with no PIN here for that colleague’s password, not a new PIN', async () => {
    const { db, aliId } = await openTeamOnThisPc();
    const user = await chooseFromList('Ali Khan');
    await screen.findByRole('heading', { level: 1, name: 'Show it is you' }, SLOW);
    expect(screen.queryByLabelText('Choose a PIN')).toBeNull();
    await user.type(screen.getByLabelText('Ali Khan’s personal password'), 'a lucky guess');
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(
      await screen.findByText('That password is not right. Check it and try again.', {}, SLOW),
    ).toBeVisible();
    expect(screen.queryByText(/Working as/)).toBeNull();

    await user.type(screen.getByLabelText('Ali Khan’s personal password'), 'ali walks dogs');
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await choosePinTwice(user, '5820');
    expect(await screen.findByText('Working as Ali Khan', {}, SLOW)).toBeInTheDocument();
    const history = await db.audit.where('[table+recordId]').equals(['members', aliId]).toArray();
    expect(history.find((row) => row.action === 'set-pin')).toMatchObject({ personName: 'Ali Khan' });
    expect(JSON.stringify(history)).not.toContain('5820');
  });

  it('lets a team leader at the PC vouch for a colleague with no password yet, who then sets one', async () => {
    const { db, beaId, samId } = await openTeamOnThisPc();
    const user = await chooseFromList('Bea Nurse');
    await screen.findByRole('heading', { level: 1, name: 'A team leader vouches for you' }, SLOW);
    expect(screen.queryByLabelText(/personal password/)).toBeNull();
    await user.click(await screen.findByRole('radio', { name: 'Sam Okafor' }, SLOW));
    await user.type(await screen.findByLabelText('Sam Okafor’s PIN'), '9999');
    await user.click(screen.getByRole('button', { name: 'Vouch for Bea Nurse' }));
    expect(await screen.findByText('That PIN is not right. Check it and try again.', {}, SLOW)).toBeVisible();
    await user.type(screen.getByLabelText('Sam Okafor’s PIN'), '4071');
    await user.click(screen.getByRole('button', { name: 'Vouch for Bea Nurse' }));

    await screen.findByRole('heading', { level: 1, name: 'Choose your personal password' }, SLOW);
    await user.type(screen.getByLabelText('Choose a personal password'), 'bea rides bikes');
    await user.type(screen.getByLabelText('Type the password again'), 'bea rides bikes');
    await user.click(screen.getByRole('button', { name: 'Save my password and continue' }));
    await choosePinTwice(user, '6031');
    expect(await screen.findByText('Working as Bea Nurse', {}, SLOW)).toBeInTheDocument();

    const history = await db.audit.where('[table+recordId]').equals(['members', beaId]).toArray();
    expect(history.find((row) => row.action === 'vouch')).toMatchObject({ personId: samId });
    const password = await db.rows('passwords').get(beaId);
    expect(password?.verifier?.logN).toBe(17);
    expect(JSON.stringify(password)).not.toContain('bea rides bikes');
  });

  it('lets nobody add themselves to the team without a leader vouching for them', async () => {
    await openTeamOnThisPc();
    const user = userEvent.setup();
    await screen.findByRole('heading', { level: 1, name: 'Who is working on East Team?' }, SLOW);
    await user.click(screen.getByRole('button', { name: 'I am not in the list' }));
    await screen.findByRole('heading', { level: 1, name: 'A team leader vouches for you' }, SLOW);
    expect(screen.queryByLabelText('Your name')).toBeNull();
    await user.click(await screen.findByRole('radio', { name: 'Sam Okafor' }, SLOW));
    await user.type(await screen.findByLabelText('Sam Okafor’s PIN'), '4071');
    await user.click(screen.getByRole('button', { name: 'Vouch for this new colleague' }));
    expect(await screen.findByLabelText('Your name', {}, SLOW)).toBeVisible();
  });

  it('asks someone who already has a PIN here, but no password yet, to choose one after their PIN', async () => {
    const { teamId, beaId } = await openTeamOnThisPc();
    await setPin(teamId, beaId, '6031', 1_000);
    const user = await chooseFromList('Bea Nurse');
    await user.type(await screen.findByLabelText('Bea Nurse’s PIN', {}, SLOW), '6031');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Choose your personal password' }, SLOW),
    ).toBeVisible();
    expect(screen.queryByText(/Working as/)).toBeNull();
  });

  it('refuses a PIN for someone who has not shown it is them, whatever the screen', async () => {
    const { db, aliId } = await openTeamOnThisPc();
    await expect(
      choosePin(db, 'pc-1', { id: aliId, name: 'Ali Khan' }, '5820', { demo: false }),
    ).rejects.toThrow('Show it is you first');
  });
});

describe('a made-up demo team', () => {
  it('can be explored by anyone, as anyone, with just a PIN', async () => {
    rememberUnlocked(null);
    const { teamId } = await createDemoTeam({ seed: 7, size: { cases: 3, members: 6, agencies: 2 } });
    await getAppApi().settings.set({ lastTeamId: teamId });
    renderSignedInApp(<TeamScreens />);
    expect(await screen.findByRole('heading', { level: 1, name: 'Choose your PIN' }, SLOW)).toBeVisible();
    const list = screen.queryByRole('radiogroup');
    if (list) expect(within(list).queryByText(/password/)).toBeNull();
  });
});
