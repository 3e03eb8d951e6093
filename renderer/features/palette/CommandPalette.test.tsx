import { beforeEach, describe, expect, it, vi } from 'vitest';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import type { MenuCommand } from '../../../shared/api/appApi';
import { addBoardCase } from '../../../tests/factories/boardCases';
import { makeTestTeam } from '../../../tests/factories/testTeam';
import { createRecord } from '../../db/writer';
import { CommandPalette } from './CommandPalette';
import { ShortcutsHelp } from './ShortcutsHelp';
import { openInTestTeam } from '../../../tests/factories/screenSteps';

vi.setConfig({ testTimeout: 30_000 });

beforeEach(() => {
  window.location.hash = '#/board';
});

/** A page with a button that opens the palette, as the shell does with Ctrl+K. */
function PaletteHarness({ onCommand }: { onCommand: (command: MenuCommand) => void }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" onClick={() => setOpen(true)}>
        Open the palette
      </button>
      <CommandPalette isOpen={open} onClose={() => setOpen(false)} onCommand={onCommand} isMac={false} />
    </>
  );
}

async function setUp() {
  const team = await makeTestTeam({ personName: 'Alex Morgan' });
  const [columnId] = team.columnIds;
  if (!columnId) throw new Error('The test team has no columns.');
  const caseId = await addBoardCase(team.ctx, { reference: 'JU-0042', displayName: 'Child A.', columnId });
  await addBoardCase(team.ctx, { reference: 'JU-0107', displayName: 'Child B.', columnId });
  const sessionId = await createRecord(team.ctx, 'reflectionSessions', {
    date: '2026-03-03',
    title: 'Neglect case review',
    createdAt: new Date().toISOString(),
  });
  const onCommand = vi.fn<(command: MenuCommand) => void>();
  const user = await openInTestTeam(<PaletteHarness onCommand={onCommand} />, team);
  await user.click(screen.getByRole('button', { name: 'Open the palette' }));
  const dialog = await screen.findByRole('dialog', { name: 'Find or run a command' });
  return { user, dialog, caseId, sessionId, onCommand };
}

describe('command palette', () => {
  it('finds a case by typing its reference and goes to it with Enter', async () => {
    const { user, dialog, caseId } = await setUp();
    const search = within(dialog).getByRole('searchbox', { name: 'Find a case, person, page or command' });
    expect(search).toHaveFocus();
    await user.type(search, 'JU-0042');
    await waitFor(() =>
      expect(within(dialog).getAllByRole('menuitem')[0]).toHaveTextContent('JU-0042 Child A.'),
    );
    expect(within(dialog).getByRole('status')).toHaveTextContent('1 found.');
    await user.keyboard('{Enter}');
    await waitFor(() => expect(window.location.hash).toBe(`#/board/case/${caseId}`));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('runs a command chosen from the list, such as Lock', async () => {
    const { user, dialog, onCommand } = await setUp();
    await user.type(within(dialog).getByRole('searchbox'), 'lock');
    await user.click(await within(dialog).findByRole('menuitem', { name: /^Lock/ }));
    expect(onCommand).toHaveBeenCalledWith('lock');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('shows a command’s keys and finds a reflective session by its title', async () => {
    const { user, dialog, sessionId } = await setUp();
    expect(within(dialog).getByRole('menuitem', { name: /^New case/ })).toHaveTextContent('Ctrl+N');
    await user.type(within(dialog).getByRole('searchbox'), 'neglect');
    const session = await within(dialog).findByRole('menuitem', { name: /Neglect case review/ });
    expect(session).toHaveTextContent('Reflective session, 3 March 2026');
    await user.click(session);
    expect(window.location.hash).toBe(`#/reflection/session/${sessionId}`);
  });

  it('says plainly when nothing matches', async () => {
    const { user, dialog } = await setUp();
    await user.type(within(dialog).getByRole('searchbox'), 'zzqx');
    await waitFor(() => expect(within(dialog).getByRole('status')).toHaveTextContent('Nothing found.'));
    expect(within(dialog).getByText('Nothing found.', { selector: '.palette__empty' })).toBeInTheDocument();
  });

  it('closes with Escape and gives focus back to where the person was', async () => {
    const { user } = await setUp();
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    await waitFor(() => expect(screen.getByRole('button', { name: 'Open the palette' })).toHaveFocus());
  });
});

describe('shortcuts help', () => {
  it('lists every group of shortcuts in tables, with Ctrl on Windows and Linux', async () => {
    const user = userEvent.setup();
    const onClose = vi.fn();
    const { rerender } = render(<ShortcutsHelp isOpen onClose={onClose} isMac={false} isDesktop={false} />);
    const dialog = screen.getByRole('dialog', { name: 'Keyboard shortcuts' });
    const tables = within(dialog).getAllByRole('table');
    expect(tables.map((table) => within(table).getByRole('caption', { hidden: true }).textContent)).toEqual([
      'Going around',
      'Working',
      'Board',
      'Reflective sessions',
    ]);
    expect(within(dialog).getByRole('row', { name: /Ctrl\+K Find a case/ })).toBeInTheDocument();
    expect(within(dialog).getByRole('row', { name: /Alt\+A In meeting mode/ })).toBeInTheDocument();
    expect(
      within(dialog).getByRole('row', { name: /Ctrl\+N New case \(in the desktop app only\)/ }),
    ).toBeInTheDocument();

    rerender(<ShortcutsHelp isOpen onClose={onClose} isMac isDesktop />);
    expect(within(dialog).getByRole('row', { name: /^Cmd\+N New case$/ })).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Close' }));
    expect(onClose).toHaveBeenCalled();
  });
});
