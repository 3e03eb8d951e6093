import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { AppApi, MenuCommand, MenuState } from '../../shared/api/appApi';
import { createWebApi } from '../bridge/webApi';
import { setAppApi } from '../bridge/appApi';
import type { AccessScreen } from './access/accessMachine';
import { useShortcuts } from './useShortcuts';

let sendMenu: (command: MenuCommand) => void = () => undefined;
const menuStates: MenuState[] = [];

function fakeApi(): AppApi {
  const web = createWebApi(window.localStorage);
  return {
    ...web,
    files: { ...web.files, openBundle: vi.fn(async () => null) },
    system: {
      ...web.system,
      onMenuCommand: (listener) => {
        sendMenu = listener;
        return () => {
          sendMenu = () => undefined;
        };
      },
      setMenuState: async (state) => {
        menuStates.push(state);
      },
    },
  };
}

/** A text box, and two buttons standing in for the palette's Lock and Switch person. */
function Probe(props: Parameters<typeof useShortcuts>[0]) {
  const run = useShortcuts(props);
  return (
    <>
      <input aria-label="Notes" />
      <button type="button" onClick={() => run('lock')}>
        Palette: lock
      </button>
      <button type="button" onClick={() => run('switch-person')}>
        Palette: switch person
      </button>
    </>
  );
}

function renderShortcuts(accessScreen: AccessScreen = 'open') {
  const calls = {
    openPalette: vi.fn(),
    openHelp: vi.fn(),
    lock: vi.fn(),
    switchPerson: vi.fn(),
  };
  const view = render(<Probe accessScreen={accessScreen} signedIn {...calls} />);
  return { ...calls, view };
}

beforeEach(() => {
  menuStates.length = 0;
  setAppApi(fakeApi());
  window.location.hash = '#/board';
});
afterEach(() => setAppApi(null));

describe('keyboard shortcuts and menu commands', () => {
  it('opens the palette with Ctrl+K and the help with Ctrl+/ or ?, but not ? typed in a box', async () => {
    const user = userEvent.setup();
    const { openPalette, openHelp, view } = renderShortcuts();
    await user.keyboard('{Control>}k{/Control}');
    expect(openPalette).toHaveBeenCalledTimes(1);
    await user.keyboard('{Control>}/{/Control}');
    await user.keyboard('?');
    expect(openHelp).toHaveBeenCalledTimes(2);
    await user.click(view.getByRole('textbox', { name: 'Notes' }));
    await user.keyboard('?');
    expect(openHelp).toHaveBeenCalledTimes(2);
    expect(view.getByRole('textbox', { name: 'Notes' })).toHaveValue('?');
  });

  it('jumps to a section with Ctrl and its number', async () => {
    const user = userEvent.setup();
    renderShortcuts();
    await user.keyboard('{Control>}4{/Control}');
    expect(window.location.hash).toBe('#/training');
  });

  it('answers every menu command: new things, files, the palette, help and sections', async () => {
    const { openPalette, openHelp } = renderShortcuts();
    const expected: [MenuCommand, string][] = [
      ['new-case', '#/board/new'],
      ['new-session', '#/reflection/new'],
      ['log-training', '#/training/new'],
      ['export-bundle', '#/sync'],
      ['go-people', '#/people'],
      ['go-settings', '#/settings'],
    ];
    for (const [command, hash] of expected) {
      sendMenu(command);
      expect(window.location.hash, command).toBe(hash);
    }
    sendMenu('import-bundle');
    await vi.waitFor(() => expect(window.location.hash).toBe('#/sync'));
    sendMenu('command-palette');
    sendMenu('shortcuts');
    expect(openPalette).toHaveBeenCalled();
    expect(openHelp).toHaveBeenCalled();
  });

  it('locks or switches person when the palette asks, but leaves the menu’s Lock to the lock itself', () => {
    const { lock, switchPerson, view } = renderShortcuts();
    sendMenu('lock');
    sendMenu('switch-person');
    expect(lock).not.toHaveBeenCalled();
    expect(switchPerson).not.toHaveBeenCalled();
    fireEvent.click(view.getByRole('button', { name: 'Palette: lock' }));
    fireEvent.click(view.getByRole('button', { name: 'Palette: switch person' }));
    expect(lock).toHaveBeenCalledTimes(1);
    expect(switchPerson).toHaveBeenCalledTimes(1);
  });

  it('tells the menu someone is working, and that the app is locked when it is', () => {
    const { view } = renderShortcuts();
    expect(menuStates.at(-1)).toEqual({ teamOpen: true, signedIn: true, locked: false });
    view.rerender(
      <Probe
        accessScreen="locked"
        signedIn
        openPalette={vi.fn()}
        openHelp={vi.fn()}
        lock={vi.fn()}
        switchPerson={vi.fn()}
      />,
    );
    expect(menuStates.at(-1)).toEqual({ teamOpen: true, signedIn: true, locked: true });
    view.unmount();
    expect(menuStates.at(-1)).toEqual({ teamOpen: false, signedIn: false, locked: false });
  });

  it('while locked, ignores the palette and section keys and every menu command but switching person', async () => {
    const user = userEvent.setup();
    const { openPalette, openHelp, switchPerson } = renderShortcuts('locked');
    await user.keyboard('{Control>}k{/Control}');
    await user.keyboard('?');
    await user.keyboard('{Control>}2{/Control}');
    sendMenu('new-case');
    sendMenu('go-people');
    expect(openPalette).not.toHaveBeenCalled();
    expect(openHelp).not.toHaveBeenCalled();
    expect(window.location.hash).toBe('#/board');
    sendMenu('switch-person');
    expect(switchPerson).toHaveBeenCalledTimes(1);
  });
});
