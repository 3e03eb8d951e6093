import { screen, waitFor } from '@testing-library/react';
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { getAppApi, setAppApi } from '../../bridge/appApi';
import { createWebApi } from '../../bridge/webApi';
import { SettingsProvider } from '../settings/SettingsContext';
import { CreateTeamForm } from './CreateTeamForm';
import { JoinChoice } from './JoinChoice';

vi.setConfig({ testTimeout: 60_000 });

async function storedName() {
  return (await getAppApi().settings.get()).settings.pcName;
}

async function suggestion() {
  const { deviceId } = (await getAppApi().settings.get()).settings;
  return `PC ${deviceId.slice(0, 6)}`;
}

function renderOnThisPc(ui: React.ReactElement) {
  return render(<SettingsProvider fallback={<p>Loading</p>}>{ui}</SettingsProvider>);
}

async function fillTeam() {
  await userEvent.type(screen.getByLabelText('Team name'), 'North Locality Team');
  await userEvent.type(screen.getByLabelText('Your name'), 'Sam Okafor');
  await userEvent.selectOptions(screen.getByLabelText('Your profession'), 'Social worker');
  await userEvent.type(screen.getByLabelText('Team passphrase'), 'kettle orbit meadow violin');
  await userEvent.type(screen.getByLabelText('Type the passphrase again'), 'kettle orbit meadow violin');
  await userEvent.type(screen.getByLabelText('Your personal password'), 'sam takes the long road');
  await userEvent.type(screen.getByLabelText('Type your password again'), 'sam takes the long road');
}

beforeEach(() => {
  // A fresh PC: no settings stored, none remembered by the app API.
  localStorage.clear();
  setAppApi(createWebApi());
});

describe('a PC is named the first time a team is set up or joined on it', () => {
  it('offers a name when a team is set up, and keeps the one the person types', async () => {
    const created = vi.fn();
    renderOnThisPc(<CreateTeamForm onCreated={created} onCancel={() => undefined} />);
    const field = await screen.findByLabelText('Name for this PC');
    expect(field).toHaveValue(await suggestion());
    await fillTeam();
    await userEvent.clear(field);
    await userEvent.type(field, '  Front office PC ');
    await userEvent.click(screen.getByRole('button', { name: 'Set up the team' }));
    await waitFor(() => expect(created).toHaveBeenCalled(), { timeout: 30_000 });
    expect(await storedName()).toBe('Front office PC');
  });

  it('keeps the name offered when the person leaves it as it is', async () => {
    const created = vi.fn();
    renderOnThisPc(<CreateTeamForm onCreated={created} onCancel={() => undefined} />);
    await screen.findByLabelText('Name for this PC');
    await fillTeam();
    await userEvent.click(screen.getByRole('button', { name: 'Set up the team' }));
    await waitFor(() => expect(created).toHaveBeenCalled(), { timeout: 30_000 });
    expect(await storedName()).toBe(await suggestion());
  });

  it('says plainly when the name is left empty, and sets nothing up', async () => {
    const created = vi.fn();
    renderOnThisPc(<CreateTeamForm onCreated={created} onCancel={() => undefined} />);
    const field = await screen.findByLabelText('Name for this PC');
    await fillTeam();
    await userEvent.clear(field);
    await userEvent.click(screen.getByRole('button', { name: 'Set up the team' }));
    expect(await screen.findByRole('link', { name: 'Enter a name for this PC.' })).toBeInTheDocument();
    expect(created).not.toHaveBeenCalled();
    expect(await storedName()).toBeNull();
  });

  it('does not ask again on a PC that already has a name', async () => {
    await getAppApi().settings.set({ pcName: 'Front office PC' });
    renderOnThisPc(<CreateTeamForm onCreated={() => undefined} onCancel={() => undefined} />);
    await screen.findByLabelText('Team name');
    expect(screen.queryByLabelText('Name for this PC')).not.toBeInTheDocument();
  });

  it('keeps the name when a person joining from a file goes on to choose the file', async () => {
    const openBundle = vi.spyOn(getAppApi().files, 'openBundle').mockResolvedValue(null);
    renderOnThisPc(<JoinChoice onJoined={() => undefined} onCancel={() => undefined} />);
    const field = await screen.findByLabelText('Name for this PC');
    await userEvent.clear(field);
    await userEvent.type(field, 'Health visitor laptop{Enter}');
    await waitFor(() => expect(openBundle).toHaveBeenCalled());
    expect(await storedName()).toBe('Health visitor laptop');
    expect(screen.queryByLabelText('Name for this PC')).not.toBeInTheDocument();
    openBundle.mockRestore();
  });

  it('does not open the file chooser while the name is not right', async () => {
    const openBundle = vi.spyOn(getAppApi().files, 'openBundle').mockResolvedValue(null);
    renderOnThisPc(<JoinChoice onJoined={() => undefined} onCancel={() => undefined} />);
    await userEvent.clear(await screen.findByLabelText('Name for this PC'));
    await userEvent.click(screen.getByRole('button', { name: 'Choose the file' }));
    expect(await screen.findByRole('link', { name: 'Enter a name for this PC.' })).toBeInTheDocument();
    expect(openBundle).not.toHaveBeenCalled();
    openBundle.mockRestore();
  });
});
