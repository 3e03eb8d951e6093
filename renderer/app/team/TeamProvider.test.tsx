import { describe, expect, it, vi } from 'vitest';
import { useEffect } from 'react';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useAccessActions } from '../access/useAccessActions';
import { rememberUnlocked } from '../access/unlockMemory';
import { SettingsProvider } from '../settings/SettingsContext';
import { getAppApi } from '../../bridge/appApi';
import { setPin } from '../../db/pins';
import { createTeam } from '../../db/teams';
import { makeVerifier } from '../../../shared/access/password';
import { SignIn } from '../../features/access/SignIn';
import { TeamProvider } from './TeamProvider';
import { usePerson } from './usePerson';
import { useTeamDb } from './useTeamDb';
import { useWriter } from './useWriter';

// The machine running the tests may be busy: PIN checks and live queries get time to settle.
const SLOW = { timeout: 10_000 };
vi.setConfig({ testTimeout: 30_000 });

/** How many times each screen below was drawn. */
const renders = { readsRecords: 0, saves: 0 };

/** Counts each drawing that reached the page (an effect without dependencies runs after every one). */
function useCountRenders(screen: keyof typeof renders): void {
  useEffect(() => {
    renders[screen] += 1;
  });
}

/** A screen that reads the team's records: it has no reason to draw again when the screen locks. */
function ReadsRecords() {
  const db = useTeamDb();
  useCountRenders('readsRecords');
  return <p data-team={db.teamId}>Records</p>;
}

/** A form that saves: it draws again only for a new person, never for a lock. */
function Saves() {
  useWriter();
  useCountRenders('saves');
  return <p>Can save</p>;
}

function Header() {
  const person = usePerson();
  const { lock } = useAccessActions();
  return (
    <>
      <p>Working as {person?.name}</p>
      <button type="button" onClick={lock}>
        Lock
      </button>
    </>
  );
}

async function openSignedIn() {
  rememberUnlocked(null);
  const { teamId, personId } = await createTeam({
    teamName: 'East Team',
    personName: 'Sam Okafor',
    profession: 'social-worker',
    passphrase: 'kettle orbit meadow',
    passphraseIterations: 1_000,
    // Someone with no personal password yet is asked for one after their PIN; Sam set his when he made the team.
    passwordVerifier: makeVerifier('sam’s own words', { logN: 10, r: 8, p: 1 }),
  });
  await setPin(teamId, personId, '4071', 1_000);
  await getAppApi().settings.set({ lastTeamId: teamId });
  rememberUnlocked({ teamId, personId });
  render(
    <SettingsProvider fallback={<p>Loading</p>}>
      <TeamProvider
        fallback={<p>Loading</p>}
        renderFirstRun={() => <p>Welcome</p>}
        renderChoosePerson={() => <SignIn />}
      >
        <Header />
        <ReadsRecords />
        <Saves />
      </TeamProvider>
    </SettingsProvider>,
  );
  await screen.findByText('Working as Sam Okafor', {}, SLOW);
}

describe('the open team', () => {
  it('does not draw the screens that read or save records again when the screen locks and unlocks', async () => {
    await openSignedIn();
    const user = userEvent.setup();
    const before = { ...renders };

    await user.click(screen.getByRole('button', { name: 'Lock' }));
    await screen.findByRole('heading', { level: 1, name: 'Joined Up is locked' }, SLOW);
    expect(renders).toEqual(before);

    await user.type(await screen.findByLabelText('Sam Okafor’s PIN', {}, SLOW), '4071');
    await user.click(screen.getByRole('button', { name: 'Unlock' }));
    await waitFor(() => expect(document.querySelector('[data-access-screen]')).toBeNull(), SLOW);
    expect(renders).toEqual(before);
  });
});
