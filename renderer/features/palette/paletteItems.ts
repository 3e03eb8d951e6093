/**
 * What the command palette can offer and how a typed query ranks it. Pure functions over plain rows, so ranking
 * 5,000 cases is one pass in memory with the lower-cased text worked out once per item.
 */
import type { MenuCommand } from '../../../shared/api/appApi';
import { SECTION_SHORTCUTS, SHORTCUTS } from '../../../shared/shortcuts';

export type PaletteKind = 'command' | 'section' | 'case' | 'person' | 'session' | 'procedure';

export interface PaletteItem {
  id: string;
  kind: PaletteKind;
  /** What the person reads and what they type to find it. */
  label: string;
  /** A second line: where it goes or what it is. */
  detail: string;
  /** Lower-cased text searched by the query (label and extra words such as a reference). */
  search: string;
  /** Shortcut keys (accelerator form) when there are some. */
  keys?: string;
  target: { command: MenuCommand } | { route: string[] };
}

export const MAX_RESULTS = 50;

function item(
  id: string,
  kind: PaletteKind,
  label: string,
  detail: string,
  target: PaletteItem['target'],
  extra = '',
): PaletteItem {
  const keys = 'command' in target ? SHORTCUTS.find((s) => s.command === target.command)?.keys : undefined;
  return {
    id,
    kind,
    label,
    detail,
    search: `${label} ${extra}`.toLowerCase(),
    target,
    ...(keys ? { keys } : {}),
  };
}

const COMMANDS: readonly [MenuCommand, string, string][] = [
  ['new-case', 'New case', 'Add a case to the board'],
  ['new-session', 'New reflective session', 'Plan or record a session'],
  ['log-training', 'Log training', 'Record training someone took part in'],
  ['export-bundle', 'Save a file for another PC', 'Share the team’s work'],
  ['import-bundle', 'Bring in a file', 'Receive work saved on another PC'],
  ['lock', 'Lock', 'Hide the app until your PIN is entered'],
  ['switch-person', 'Switch person', 'Let someone else sign in'],
  ['shortcuts', 'Keyboard shortcuts', 'Show every shortcut'],
];

/** Commands and pages: always offered, first when nothing is typed. */
export function commandItems(): PaletteItem[] {
  return [
    ...COMMANDS.map(([command, label, detail]) =>
      item(`command:${command}`, 'command', label, detail, { command }, command.replace('-', ' ')),
    ),
    ...SECTION_SHORTCUTS.map((entry) =>
      item(`section:${entry.section}`, 'section', entry.label, `Go to ${entry.label}`, {
        command: entry.command,
      }),
    ),
  ];
}

interface Live {
  id: string;
  deleted: boolean;
}

export interface PaletteRows {
  cases: readonly (Live & { reference: string; displayName: string; status: string })[];
  members: readonly (Live & { name: string; roleTitle: string; status: string })[];
  sessions: readonly (Live & { title: string; date: string })[];
  procedures: readonly (Live & { title: string })[];
}

/** The team's records as palette items; deleted ones are left out. */
export function recordItems(rows: PaletteRows, formatDate: (iso: string) => string): PaletteItem[] {
  const items: PaletteItem[] = [];
  for (const row of rows.cases) {
    if (row.deleted) continue;
    const label = row.displayName ? `${row.reference} ${row.displayName}` : row.reference;
    const detail = row.status === 'closed' ? 'Case, closed' : 'Case';
    items.push(item(`case:${row.id}`, 'case', label, detail, { route: ['board', 'case', row.id] }));
  }
  for (const row of rows.members) {
    if (row.deleted) continue;
    const role = row.roleTitle ? `, ${row.roleTitle}` : '';
    const detail = `Person${role}${row.status === 'left' ? ', has left' : ''}`;
    items.push(item(`person:${row.id}`, 'person', row.name, detail, { route: ['people', 'member', row.id] }));
  }
  for (const row of rows.sessions) {
    if (row.deleted) continue;
    const detail = `Reflective session, ${formatDate(row.date)}`;
    items.push(
      item(`session:${row.id}`, 'session', row.title, detail, { route: ['reflection', 'session', row.id] }),
    );
  }
  for (const row of rows.procedures) {
    if (row.deleted) continue;
    items.push(
      item(`procedure:${row.id}`, 'procedure', row.title, 'Procedure', {
        route: ['charter', 'procedure', row.id],
      }),
    );
  }
  return items;
}

/**
 * Ranks items for a query: every typed word must appear; a label that is the query, or starts with it, comes
 * first (so typing a case reference puts that case on top), then words that start with what was typed, then
 * anything containing it. With nothing typed, only commands and pages are shown.
 */
export function rankItems(items: readonly PaletteItem[], query: string, limit = MAX_RESULTS): PaletteItem[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) {
    return items.filter((candidate) => candidate.kind === 'command' || candidate.kind === 'section');
  }
  const whole = words.join(' ');
  const scored: { item: PaletteItem; score: number; index: number }[] = [];
  items.forEach((candidate, index) => {
    let score = 0;
    for (const word of words) {
      const at = candidate.search.indexOf(word);
      if (at < 0) return;
      const wordStart = at === 0 || /[\s\-,.]/.test(candidate.search.charAt(at - 1));
      score += wordStart ? 2 : 1;
    }
    const label = candidate.label.toLowerCase();
    if (label === whole || label.split(' ')[0] === whole) score += 100;
    else if (label.startsWith(whole)) score += 50;
    scored.push({ item: candidate, score, index });
  });
  scored.sort((a, b) => b.score - a.score || a.index - b.index);
  return scored.slice(0, limit).map((entry) => entry.item);
}
