import { useEffect } from 'react';
import { getAppApi } from '../bridge/appApi';
import { navigate } from './router/hashRoute';
import { SECTIONS } from './sections';

const GO_COMMANDS: Record<string, string> = {
  'go-board': 'board',
  'go-people': 'people',
  'go-reflection': 'reflection',
  'go-training': 'training',
  'go-charter': 'charter',
  'go-sync': 'sync',
  'go-settings': 'settings',
};

/** Ctrl (Cmd on a Mac) with a digit jumps to a section; the desktop menu sends the same commands. */
export function useShortcuts(): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey || event.shiftKey) return;
      const section = SECTIONS.find((candidate) => candidate.key === event.key);
      if (!section) return;
      event.preventDefault();
      navigate(section.id);
    };
    window.addEventListener('keydown', onKey);
    const unsubscribe = getAppApi().system.onMenuCommand((command) => {
      const target = GO_COMMANDS[command];
      if (target) navigate(target);
    });
    return () => {
      window.removeEventListener('keydown', onKey);
      unsubscribe();
    };
  }, []);
}
