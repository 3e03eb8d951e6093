import { describe, expect, it, vi } from 'vitest';
import { act, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useEffect, useState } from 'react';
import { usePerson } from '../../../app/team/usePerson';
import { useTeamDb } from '../../../app/team/useTeamDb';
import { useWriter } from '../../../app/team/useWriter';
import { useAccessActions } from '../../../app/access/useAccessActions';
import { getAppApi } from '../../../bridge/appApi';
import { setPin } from '../../../db/pins';
import { rememberUnlocked } from '../../../app/access/unlockMemory';
import { markProven } from './provenHere';
import { renderSignedInApp } from '../../../../tests/factories/appRender';
import { createEastTeam } from '../../../../tests/factories/eastTeam';
import { retype } from '../../../../tests/factories/screenSteps';

// The machine running the tests may be busy: PIN checks and live queries get time to settle.
const SLOW = { timeout: 10_000 };
vi.setConfig({ testTimeout: 30_000 });

/** How many times each stand-in page below was drawn. */
const renders = { readsRecords: 0, saves: 0 };

/** Counts each drawing that reached the page (an effect without dependencies runs after every one). */
/**
 * Resolves once the pages have stopped drawing: signing in ends with reads that land a moment later (the person's
 * record, the team's settings), and on a busy machine those can come after the sign-in screen has gone.
 */
async function drawingSettled(): Promise<void> {
  let last = JSON.stringify(renders);
  for (;;) {
    await new Promise((resolve) => setTimeout(resolve, 250));
    const now = JSON.stringify(renders);
    if (now === last) return;
    last = now;
  }
}

function useCountRenders(page: keyof typeof renders): void {
  useEffect(() => {
    renders[page] += 1;
  });
}

/** A page that reads the team's records: it has no reason to draw again when the screen locks. */
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

/** Stands in for the app's screens: a note being typed, the person's name, and the Lock button. */
function TeamScreens() {
  const { lock } = useAccessActions();
  const person = usePerson();
  const [note, setNote] = useState('');
  return (
    <div>
      <p>Working as {person?.name}</p>
      <p>Child A. needs a review</p>
      <label htmlFor="note">Note</label>
      <textarea id="note" value={note} onChange={(event) => setNote(event.target.value)} />
      <button type="button" onClick={lock}>
        Lock
      </button>
    </div>
  );
}

async function openNewTeam(options: { pin?: string; signedIn?: boolean; founder?: boolean } = {}) {
  rememberUnlocked(null);
  const { teamId, samId: personId } = await createEastTeam();
  // As the set-up form does: setting up the team in this window shows who the founder is.
  if (options.founder) markProven(teamId, personId);
  if (options.pin) await setPin(teamId, personId, options.pin, 1_000);
  await getAppApi().settings.set({ lastTeamId: teamId });
  // As after entering the PIN earlier in this window.
  if (options.signedIn) rememberUnlocked({ teamId, personId });
  renderSignedInApp(
    <>
      <TeamScreens />
      <ReadsRecords />
      <Saves />
    </>,
  );
  return { teamId, personId };
}

async function enterPin(pin: string, button: 'Sign in' | 'Unlock') {
  const user = userEvent.setup();
  const field = await screen.findByLabelText('Sam Okafor’s PIN', {}, SLOW);
  await retype(user, field, pin);
  await user.click(screen.getByRole('button', { name: button }));
}

/** Opens a team whose person has this PIN, signs in with it and waits for the team's screens; gives back a user. */
async function signInWithPin(pin: string) {
  await openNewTeam({ pin });
  const user = userEvent.setup();
  await enterPin(pin, 'Sign in');
  await screen.findByText('Working as Sam Okafor', {}, SLOW);
  return user;
}

describe('signing in on a shared PC', () => {
  it('has the team’s creator choose a PIN, typed twice, before anything of the team is shown', async () => {
    await openNewTeam({ founder: true });
    const user = userEvent.setup();
    await screen.findByRole('heading', { level: 1, name: 'Choose your PIN' }, SLOW);
    expect(screen.queryByText(/Child A\./)).toBeNull();
    await user.type(screen.getByLabelText('Choose a PIN'), '4071');
    await user.type(screen.getByLabelText('Type the PIN again'), '4072');
    await user.click(screen.getByRole('button', { name: 'Save my PIN and continue' }));
    expect(await screen.findAllByText('The two PINs are different. Type them again.')).not.toHaveLength(0);
    await user.clear(screen.getByLabelText('Type the PIN again'));
    await user.type(screen.getByLabelText('Type the PIN again'), '4071');
    await user.click(screen.getByRole('button', { name: 'Save my PIN and continue' }));
    expect(await screen.findByText('Working as Sam Okafor', {}, SLOW)).toBeInTheDocument();
  });

  it('opens straight to the team for the person already signed in at this window, never flashing the list of people', async () => {
    const seen: string[] = [];
    const watcher = new MutationObserver(() => {
      const heading = document.querySelector('h1')?.textContent;
      if (heading) seen.push(heading);
    });
    watcher.observe(document.body, { childList: true, subtree: true, characterData: true });
    await openNewTeam({ signedIn: true });
    expect(await screen.findByText('Working as Sam Okafor', {}, SLOW)).toBeInTheDocument();
    watcher.disconnect();
    expect(seen.filter((heading) => heading.startsWith('Who is working'))).toEqual([]);
  });

  it('says plainly how long to wait after several wrong PINs', async () => {
    await openNewTeam({ pin: '4071' });
    await screen.findByRole('heading', { level: 1, name: 'Sign in' }, SLOW);
    for (let tries = 0; tries < 3; tries += 1) {
      await enterPin('9990', 'Sign in');
      await screen.findByText(/That PIN is not right/, {}, SLOW);
    }
    expect(await screen.findByText(/You can try again in [1-5] seconds?\./)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Sign in' })).toBeDisabled();
  });
});

describe('the lock screen', () => {
  it('hides the team’s screens without closing them, and the right PIN returns to them with nothing typed lost', async () => {
    const user = await signInWithPin('4071');
    await user.type(screen.getByLabelText('Note'), 'Met the family today');

    await user.click(screen.getByRole('button', { name: 'Lock' }));
    await screen.findByRole('heading', { level: 1, name: 'Joined Up is locked' }, SLOW);
    const content = document.querySelector('.access-content');
    expect(content).toHaveAttribute('inert');
    expect(content).toHaveAttribute('aria-hidden', 'true');
    // Hidden from screen readers and the keyboard: only the lock screen can be reached.
    expect(screen.queryByRole('button', { name: 'Lock' })).toBeNull();

    await enterPin('4000', 'Unlock');
    await screen.findByText(/That PIN is not right/, {}, SLOW);
    expect(document.querySelector('.access-content')).toHaveAttribute('inert');

    await enterPin('4071', 'Unlock');
    await waitFor(() => expect(document.querySelector('[data-access-screen]')).toBeNull(), {
      timeout: 5_000,
    });
    expect(screen.getByLabelText('Note')).toHaveValue('Met the family today');
    expect(document.querySelector('.access-content')).not.toHaveAttribute('inert');
  });

  it('offers someone else the list of people, and going back returns to the lock screen', async () => {
    const user = await signInWithPin('4071');
    await act(async () => {
      await user.keyboard('{Control>}{Shift>}S{/Shift}{/Control}');
    });
    await screen.findByRole('heading', { level: 1, name: 'Who is working on East Team?' }, SLOW);
    await user.click(screen.getByRole('button', { name: 'Back' }));
    await screen.findByRole('heading', { level: 1, name: 'Joined Up is locked' }, SLOW);
  });
});

describe('locking and the pages underneath', () => {
  it('does not draw the pages that read or save records again when the screen locks and unlocks', async () => {
    await openNewTeam({ pin: '4071', signedIn: true });
    await screen.findByText('Working as Sam Okafor', {}, SLOW);
    await drawingSettled();
    const user = userEvent.setup();
    const before = { ...renders };

    await user.click(screen.getByRole('button', { name: 'Lock' }));
    await screen.findByRole('heading', { level: 1, name: 'Joined Up is locked' }, SLOW);
    expect(renders).toEqual(before);

    await enterPin('4071', 'Unlock');
    await waitFor(() => expect(document.querySelector('[data-access-screen]')).toBeNull(), SLOW);
    expect(renders).toEqual(before);
  });
});

describe('shortcuts while locked', () => {
  it('keeps the app’s own shortcuts from reaching the hidden screens', async () => {
    const user = await signInWithPin('4071');
    const heard: string[] = [];
    const listen = (event: KeyboardEvent) => heard.push(event.key);
    window.addEventListener('keydown', listen);
    await user.keyboard('{Control>}1{/Control}');
    expect(heard).toEqual(['Control', '1']);
    await user.click(screen.getByRole('button', { name: 'Lock' }));
    await screen.findByRole('heading', { level: 1, name: 'Joined Up is locked' }, SLOW);
    heard.length = 0;
    await user.keyboard('{Control>}1{/Control}');
    window.removeEventListener('keydown', listen);
    expect(heard).toEqual([]);
  });
});
