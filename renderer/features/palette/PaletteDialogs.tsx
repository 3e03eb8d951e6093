import { useEffect, useState } from 'react';
import type { MenuCommand } from '../../../shared/api/appApi';
import { getAppApi } from '../../bridge/appApi';
import { CommandPalette } from './CommandPalette';
import { ShortcutsHelp } from './ShortcutsHelp';

export type PaletteDialog = 'palette' | 'help' | null;

interface PaletteDialogsProps {
  open: PaletteDialog;
  onClose: () => void;
  onCommand: (command: MenuCommand) => void;
}

const isMac = typeof navigator !== 'undefined' && /Mac/i.test(navigator.platform);

/** The command palette and the shortcuts help, mounted once by the shell; at most one is open. */
export function PaletteDialogs({ open, onClose, onCommand }: PaletteDialogsProps) {
  const [isDesktop, setIsDesktop] = useState(false);
  useEffect(() => {
    let live = true;
    void getAppApi()
      .info()
      .then((info) => {
        if (live) setIsDesktop(info.shell === 'desktop');
      })
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, []);

  return (
    <>
      <CommandPalette isOpen={open === 'palette'} onClose={onClose} onCommand={onCommand} isMac={isMac} />
      <ShortcutsHelp isOpen={open === 'help'} onClose={onClose} isMac={isMac} isDesktop={isDesktop} />
    </>
  );
}
