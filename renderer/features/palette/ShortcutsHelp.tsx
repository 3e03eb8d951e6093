import { Heading } from 'react-aria-components';
import { keysForDisplay, SHORTCUTS, type ShortcutGroup } from '../../../shared/shortcuts';
import { ModalDialog } from '../../ui/ModalDialog';
import './palette.css';

interface ShortcutsHelpProps {
  isOpen: boolean;
  onClose: () => void;
  isMac: boolean;
  /** In a browser some keys belong to the browser (Ctrl+N opens a window); those are marked. */
  isDesktop: boolean;
}

const GROUPS: readonly ShortcutGroup[] = ['Going around', 'Working', 'Board', 'Reflective sessions'];

/** Every keyboard shortcut, from the one list the menu and the palette use too. */
export function ShortcutsHelp({ isOpen, onClose, isMac, isDesktop }: ShortcutsHelpProps) {
  return (
    <ModalDialog
      isOpen={isOpen}
      onClose={onClose}
      modalClassName="shortcuts-help"
      aria-labelledby="shortcuts-title"
    >
      <Heading slot="title" id="shortcuts-title">
        Keyboard shortcuts
      </Heading>
      {GROUPS.map((group) => (
        <table key={group} className="data-table shortcuts-help__table">
          <caption>{group}</caption>
          <thead>
            <tr>
              <th scope="col">Keys</th>
              <th scope="col">What they do</th>
            </tr>
          </thead>
          <tbody>
            {SHORTCUTS.filter((shortcut) => shortcut.group === group).map((shortcut) => (
              <tr key={shortcut.id}>
                <td>
                  <kbd>{keysForDisplay(shortcut.keys, isMac)}</kbd>
                </td>
                <td>
                  {shortcut.does}
                  {shortcut.desktopOnly && !isDesktop ? ' (in the desktop app only)' : ''}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ))}
      <div className="button-row">
        <button type="button" className="button" onClick={onClose} autoFocus>
          Close
        </button>
      </div>
    </ModalDialog>
  );
}
