import { useMemo, useState } from 'react';
import {
  Autocomplete,
  Heading,
  Input,
  Label,
  Menu,
  MenuItem,
  SearchField,
  Text,
} from 'react-aria-components';
import type { MenuCommand } from '../../../shared/api/appApi';
import { keysForDisplay } from '../../../shared/shortcuts';
import { navigate } from '../../app/router/hashRoute';
import { MAX_RESULTS, rankItems, type PaletteItem } from './paletteItems';
import { ModalDialog } from '../../ui/ModalDialog';
import { usePaletteItems } from './usePaletteItems';
import './palette.css';

interface CommandPaletteProps {
  isOpen: boolean;
  onClose: () => void;
  onCommand: (command: MenuCommand) => void;
  isMac: boolean;
}

/**
 * Ctrl/Cmd+K: type to find a case (by reference or name), a person, a session, a procedure or a page, or to run a
 * command. Escape closes it and focus goes back where it was (the modal restores it).
 */
export function CommandPalette({ isOpen, onClose, onCommand, isMac }: CommandPaletteProps) {
  return (
    <ModalDialog
      isOpen={isOpen}
      onClose={onClose}
      overlayClassName="palette-overlay"
      modalClassName="palette"
      aria-labelledby="palette-title"
      className="palette__dialog"
    >
      {isOpen && (
        <PaletteBody
          isMac={isMac}
          onChoose={(chosen) => {
            onClose();
            if ('command' in chosen.target) onCommand(chosen.target.command);
            else navigate(...chosen.target.route);
          }}
        />
      )}
    </ModalDialog>
  );
}

function PaletteBody({ isMac, onChoose }: { isMac: boolean; onChoose: (item: PaletteItem) => void }) {
  const [query, setQuery] = useState('');
  const { items, loading } = usePaletteItems();
  const results = useMemo(() => rankItems(items, query), [items, query]);
  const byId = useMemo(() => new Map(results.map((result) => [result.id, result])), [results]);

  let announcement: string;
  if (!query.trim()) announcement = `${results.length} commands and pages. Type to find a case or a person.`;
  else if (results.length === 0) announcement = loading ? 'Looking…' : 'Nothing found.';
  else if (results.length >= MAX_RESULTS) announcement = `The first ${MAX_RESULTS} of many found.`;
  else announcement = `${results.length} found.`;

  return (
    <>
      <Heading slot="title" id="palette-title" className="palette__title">
        Find or run a command
      </Heading>
      <Autocomplete inputValue={query} onInputChange={setQuery}>
        <SearchField className="palette__search" autoFocus aria-describedby="palette-hint">
          <Label className="visually-hidden">Find a case, person, page or command</Label>
          <Input className="palette__input" placeholder="Case reference, name, page or command" />
        </SearchField>
        <p id="palette-hint" className="palette__hint">
          Up and down arrows to choose, Enter to go, Escape to close.
        </p>
        <Menu
          className="menu palette__results"
          aria-label="Results"
          items={results}
          renderEmptyState={() => <p className="palette__empty">{loading ? 'Looking…' : 'Nothing found.'}</p>}
          onAction={(key) => {
            const chosen = byId.get(String(key));
            if (chosen) onChoose(chosen);
          }}
        >
          {(result) => (
            <MenuItem id={result.id} textValue={result.label} className="menu__item palette__item">
              <Text slot="label" className="palette__label">
                {result.label}
              </Text>
              <Text slot="description" className="palette__detail">
                {result.detail}
                {result.keys && (
                  <kbd className="palette__keys">
                    <span className="visually-hidden">, keys </span>
                    {keysForDisplay(result.keys, isMac)}
                  </kbd>
                )}
              </Text>
            </MenuItem>
          )}
        </Menu>
      </Autocomplete>
      <p role="status" className="visually-hidden">
        {announcement}
      </p>
    </>
  );
}
