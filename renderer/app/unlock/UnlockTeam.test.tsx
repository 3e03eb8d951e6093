import { describe, expect, it, vi } from 'vitest';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { SignIn } from '../../features/access/signIn/SignIn';
import { dropTeamKeys, holdTeamKey, isTeamUnlocked } from '../../db/keys/heldKeys';
import { getPcTeam } from '../../db/pcDb';
import { createDemoTeam, createTeam } from '../../db/teams';
import { getAppApi, setAppApi } from '../../bridge/appApi';
import { keepKeyOnThisPc } from '../../db/keys/osKey';
import { unlockWithPassphrase } from '../../db/keys/teamUnlock';
import { useDesktopKeychain } from '../../../tests/factories/desktopKeychain';
import { addPcTeam, TEST_KEY_WORK_FACTOR } from '../../../tests/factories/pcTeam';
import { newKey } from '../../../shared/keys/sealed';
import { rememberUnlocked } from '../access/unlockMemory';
import { SettingsProvider } from '../settings/SettingsContext';
import { TeamProvider } from '../team/TeamProvider';
import { useTeam } from '../team/useTeam';
import { UnlockTeam } from './UnlockTeam';
import { markProven } from '../../features/access/signIn/provenHere';
import { makeVerifier } from '../../../shared/access/password';

// The machine running the tests may be busy: passphrase checks and live queries get time to settle.
const SLOW = { timeout: 10_000 };
vi.setConfig({ testTimeout: 30_000 });

const PASSPHRASE = 'kettle orbit meadow violin';

function renderUnlock(team: Awaited<ReturnType<typeof addPcTeam>>, onAddTeam = () => undefined) {
  return render(<UnlockTeam team={team} teams={[team]} onOpenTeam={() => undefined} onAddTeam={onAddTeam} />);
}

function TeamName() {
  return <p>Inside {useTeam().team.name}</p>;
}

describe('the team passphrase when Joined Up starts', () => {
  it('opens the team’s records with the passphrase', async () => {
    const team = await addPcTeam({ name: 'East Team', passphrase: PASSPHRASE });
    renderUnlock(team);
    expect(screen.getByRole('heading', { level: 1, name: 'Open East Team' })).toHaveFocus();
    await userEvent.type(screen.getByLabelText('Team passphrase'), PASSPHRASE);
    await userEvent.click(screen.getByRole('button', { name: 'Open the team' }));
    await waitFor(() => expect(isTeamUnlocked(team.id)).toBe(true), SLOW);
  });

  it('says plainly that a wrong passphrase does not open the team, and changes nothing', async () => {
    const team = await addPcTeam({ name: 'East Team', passphrase: PASSPHRASE });
    renderUnlock(team);
    await userEvent.click(screen.getByRole('button', { name: 'Open the team' }));
    expect(await screen.findByRole('link', { name: 'Enter the team passphrase.' })).toBeInTheDocument();

    await userEvent.type(screen.getByLabelText('Team passphrase'), 'kettle orbit');
    await userEvent.click(screen.getByRole('button', { name: 'Open the team' }));
    expect(
      await screen.findByRole('link', { name: /That passphrase does not open this team/ }, SLOW),
    ).toBeInTheDocument();
    expect(isTeamUnlocked(team.id)).toBe(false);
    expect(await getPcTeam(team.id)).toEqual(team);
  });

  it('opens the demo team by itself, its passphrase being known to all', async () => {
    const { teamId } = await createDemoTeam({ seed: 5 });
    dropTeamKeys();
    const team = await getPcTeam(teamId);
    if (!team) throw new Error('The demo team is not on this PC.');
    renderUnlock(team);
    expect(screen.getByRole('status')).toHaveTextContent('Opening');
    await waitFor(() => expect(isTeamUnlocked(teamId)).toBe(true), SLOW);
  });

  it('opens by itself where a leader let this PC keep the key, and asks for the passphrase for another login', async () => {
    const keychain = useDesktopKeychain();
    const team = await addPcTeam({ name: 'East Team', passphrase: PASSPHRASE });
    await unlockWithPassphrase(team.id, PASSPHRASE, { workFactor: TEST_KEY_WORK_FACTOR });
    await keepKeyOnThisPc(team.id);
    dropTeamKeys();
    const kept = await getPcTeam(team.id);
    if (!kept) throw new Error('The team is not on this PC.');
    const first = renderUnlock(kept);
    await waitFor(() => expect(isTeamUnlocked(team.id)).toBe(true), SLOW);
    first.unmount();

    dropTeamKeys();
    keychain.login = 'alex';
    renderUnlock(kept);
    expect(
      await screen.findByText('This PC could not open the team by itself this time', {}, SLOW),
    ).toBeVisible();
    expect(screen.getByLabelText('Team passphrase')).toBeEnabled();
    expect(isTeamUnlocked(team.id)).toBe(false);
    setAppApi(null);
  });

  it('offers to take the team off this PC and join again, after asking, when nobody knows the passphrase', async () => {
    const team = await addPcTeam({ name: 'East Team', passphrase: PASSPHRASE });
    const onAddTeam = vi.fn();
    renderUnlock(team, onAddTeam);
    await userEvent.click(screen.getByText('Forgotten the passphrase?'));
    expect(screen.getByText(/Nothing your team shares is lost/)).toBeVisible();
    await userEvent.click(screen.getByRole('button', { name: 'Take the team off this PC and join again' }));
    await userEvent.click(await screen.findByRole('button', { name: 'Cancel' }));
    expect(await getPcTeam(team.id)).toBeDefined();

    await userEvent.click(screen.getByRole('button', { name: 'Take the team off this PC and join again' }));
    await userEvent.click(await screen.findByRole('button', { name: 'Take it off this PC' }));
    await waitFor(() => expect(onAddTeam).toHaveBeenCalled(), SLOW);
    expect(await getPcTeam(team.id)).toBeUndefined();
  });
});

describe('the app before and after the team is opened', () => {
  async function renderApp(teamId: string) {
    await getAppApi().settings.set({ lastTeamId: teamId });
    rememberUnlocked(null);
    render(
      <SettingsProvider fallback={<p>Loading</p>}>
        <TeamProvider
          fallback={<p>Loading</p>}
          renderFirstRun={() => <p>Welcome</p>}
          renderUnlock={(props) => <UnlockTeam {...props} />}
          renderChoosePerson={() => <SignIn />}
        >
          <TeamName />
        </TeamProvider>
      </SettingsProvider>,
    );
  }

  /** East Team, set up by Sam Okafor with the team passphrase and his own words. */
  function createEastTeam() {
    return createTeam({
      teamName: 'East Team',
      personName: 'Sam Okafor',
      profession: 'social-worker',
      passphrase: PASSPHRASE,
      keyWorkFactor: TEST_KEY_WORK_FACTOR,
      passwordVerifier: makeVerifier('sam’s own words', { logN: 10, r: 8, p: 1 }),
    });
  }

  it('asks for the team passphrase first, then who is working', async () => {
    const { teamId, personId } = await createEastTeam();
    // As the set-up form does: the founder has shown who they are in this window.
    markProven(teamId, personId);
    dropTeamKeys();
    await renderApp(teamId);
    await userEvent.type(await screen.findByLabelText('Team passphrase', {}, SLOW), PASSPHRASE);
    await userEvent.click(screen.getByRole('button', { name: 'Open the team' }));
    // Then the person says who they are (here, choosing their PIN on this PC for the first time).
    expect(await screen.findByRole('heading', { name: 'Choose your PIN' }, SLOW)).toBeInTheDocument();
    expect(screen.queryByText(/Inside/)).not.toBeInTheDocument();
  });

  it('keeps only the open team’s key once the screen is covered, and none once the window closes', async () => {
    const { teamId, personId } = await createEastTeam();
    markProven(teamId, personId);
    const other = crypto.randomUUID();
    holdTeamKey(other, newKey(), null);
    await renderApp(teamId);
    // Nobody is signed in yet: signing in covers the app, and the other team's key goes.
    expect(await screen.findByRole('heading', { name: 'Choose your PIN' }, SLOW)).toBeInTheDocument();
    await waitFor(() => expect(isTeamUnlocked(other)).toBe(false));
    expect(isTeamUnlocked(teamId)).toBe(true);
    window.dispatchEvent(new Event('pagehide'));
    expect(isTeamUnlocked(teamId)).toBe(false);
  });
});
