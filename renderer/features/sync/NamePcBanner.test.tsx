import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { SettingsProvider } from '../../app/settings/SettingsContext';
import { PcNameForm } from '../../app/settings/PcNameForm';
import { getAppApi, setAppApi } from '../../bridge/appApi';
import { createWebApi } from '../../bridge/webApi';
import { NamePcBanner } from './NamePcBanner';

function onThisPc(ui: React.ReactElement) {
  return render(<SettingsProvider fallback={<p>Loading</p>}>{ui}</SettingsProvider>);
}

/** A page with the banner's place above it, once this PC's settings are read. */
async function openPageUnderBanner() {
  onThisPc(
    <>
      <p>Page</p>
      <NamePcBanner />
    </>,
  );
  await screen.findByText('Page');
}

const storedName = async () => (await getAppApi().settings.get()).settings.pcName;

beforeEach(() => {
  localStorage.clear();
  setAppApi(createWebApi());
});

describe('a PC set up before PCs had names', () => {
  it('is asked once for a name, and keeps the one offered when the person saves it as it is', async () => {
    const { deviceId } = (await getAppApi().settings.get()).settings;
    const first = onThisPc(<NamePcBanner />);
    const field = await screen.findByLabelText('Name for this PC');
    expect(field).toHaveValue(`PC ${deviceId.slice(0, 6)}`);
    await userEvent.click(screen.getByRole('button', { name: 'Save this PC’s name' }));
    expect(
      await screen.findByText(`This PC is now called “PC ${deviceId.slice(0, 6)}”.`, { exact: false }),
    ).toBeInTheDocument();
    expect(await storedName()).toBe(`PC ${deviceId.slice(0, 6)}`);
    first.unmount();

    await openPageUnderBanner();
    expect(screen.queryByLabelText('Name for this PC')).not.toBeInTheDocument();
  });

  it('is not asked on a PC that has a name', async () => {
    await getAppApi().settings.set({ pcName: 'Front office PC' });
    await openPageUnderBanner();
    expect(screen.queryByText('Name this PC')).not.toBeInTheDocument();
  });
});

describe('renaming a PC in Settings', () => {
  it('shows the name it has and keeps the new one', async () => {
    await getAppApi().settings.set({ pcName: 'PC 4f2a91' });
    onThisPc(<PcNameForm id="settings-pc-name" submitLabel="Save the name" />);
    const field = await screen.findByLabelText('Name for this PC');
    expect(field).toHaveValue('PC 4f2a91');
    await userEvent.clear(field);
    await userEvent.type(field, 'Reception desk{Enter}');
    await expect.poll(storedName).toBe('Reception desk');
  });

  it('refuses a name too long to show, in plain words, and keeps the old one', async () => {
    await getAppApi().settings.set({ pcName: 'Front office PC' });
    onThisPc(<PcNameForm id="settings-pc-name" submitLabel="Save the name" />);
    const field = await screen.findByLabelText('Name for this PC');
    await userEvent.clear(field);
    await userEvent.type(field, 'x'.repeat(61));
    await userEvent.click(screen.getByRole('button', { name: 'Save the name' }));
    expect(
      await screen.findByRole('link', { name: 'A PC’s name can be at most 60 characters.' }),
    ).toBeInTheDocument();
    expect(await storedName()).toBe('Front office PC');
  });
});
