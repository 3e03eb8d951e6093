import { useEffect, useId, useRef, useState } from 'react';
import { Menu, MenuItem, Popover } from 'react-aria-components';

/** A stage a case can be moved to. */
export interface StageChoice {
  id: string;
  title: string;
}

interface MoveMenuProps {
  reference: string;
  /** The stages this case can move to (its own stage left out). */
  choices: readonly StageChoice[];
  onChoose: (columnId: string) => void;
}

/**
 * The card's “Move to…” menu button. A board shows dozens of cards and mounts new ones on every keystroke, so the
 * button is a plain one and the menu (react-aria's, with its keyboard and screen reader behaviour) is only built
 * while it is open; a full menu trigger per card cost more than the rest of the card together.
 */
export function MoveMenu({ reference, choices, onChoose }: MoveMenuProps) {
  const [open, setOpen] = useState(false);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const buttonId = useId();
  const menuId = useId();

  useEffect(() => {
    if (!open) return;
    // The menu's items only exist once it has rendered open, so the first one is given focus on the next frame.
    const frame = requestAnimationFrame(() => {
      const menu = document.getElementById(menuId);
      const onItem = document.activeElement?.closest('[role="menuitem"]');
      if (menu && !(onItem && menu.contains(onItem))) {
        menu.querySelector<HTMLElement>('[role="menuitem"]')?.focus();
      }
    });
    return () => cancelAnimationFrame(frame);
  }, [open, menuId]);

  const close = () => {
    setOpen(false);
    buttonRef.current?.focus();
  };
  return (
    <>
      <button
        ref={buttonRef}
        id={buttonId}
        type="button"
        className="button button--secondary button--small"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        onClick={() => setOpen(true)}
        onKeyDown={(event) => {
          // The menu button pattern: the arrow keys open the menu too.
          if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
            event.preventDefault();
            setOpen(true);
          }
        }}
      >
        Move to…<span className="visually-hidden"> (case {reference})</span>
      </button>
      {open && (
        <Popover
          className="popover"
          placement="bottom start"
          trigger="MenuTrigger"
          triggerRef={buttonRef}
          isOpen
          onOpenChange={(isOpen) => {
            if (!isOpen) close();
          }}
        >
          <Menu
            id={menuId}
            className="menu"
            aria-labelledby={buttonId}
            autoFocus="first"
            onAction={(key) => {
              close();
              onChoose(String(key));
            }}
          >
            {choices.map((stage) => (
              <MenuItem key={stage.id} id={stage.id} className="menu__item">
                {stage.title}
              </MenuItem>
            ))}
          </Menu>
        </Popover>
      )}
    </>
  );
}
