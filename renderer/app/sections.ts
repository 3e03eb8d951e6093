/**
 * The app's sections, in navigation order. Each section owns everything under its path segment
 * (`#/board/...`), and receives the rest of the route to show its own pages.
 */
import { lazy, type ComponentType } from 'react';
import { BoardSection } from '../features/board/BoardSection';
import type { SectionProps } from './router/sectionProps';

export interface Section {
  id: string;
  label: string;
  /** The digit used with Ctrl (Cmd on a Mac) to jump here. */
  key: string;
  component: ComponentType<SectionProps>;
}

/**
 * The board is what people open first, so it comes with the app; every other section is its own file, read from
 * disk when it is first opened, so the app starts sooner. (Reading them all in the background soon after start
 * was tried: it made a keystroke typed at that moment wait for it.)
 */
const LOADERS = {
  people: () => import('../features/people/PeopleSection').then((m) => ({ default: m.PeopleSection })),
  reflection: () =>
    import('../features/reflection/ReflectionSection').then((m) => ({ default: m.ReflectionSection })),
  training: () =>
    import('../features/training/TrainingSection').then((m) => ({ default: m.TrainingSection })),
  charter: () => import('../features/charter/CharterSection').then((m) => ({ default: m.CharterSection })),
  sync: () => import('../features/sync/SyncSection').then((m) => ({ default: m.SyncSection })),
  settings: () =>
    import('../features/settings/SettingsSection').then((m) => ({ default: m.SettingsSection })),
} satisfies Record<string, () => Promise<{ default: ComponentType<SectionProps> }>>;

export const SECTIONS: readonly Section[] = [
  { id: 'board', label: 'Board', key: '1', component: BoardSection },
  { id: 'people', label: 'People', key: '2', component: lazy(LOADERS.people) },
  { id: 'reflection', label: 'Reflection', key: '3', component: lazy(LOADERS.reflection) },
  { id: 'training', label: 'Training', key: '4', component: lazy(LOADERS.training) },
  { id: 'charter', label: 'Charter', key: '5', component: lazy(LOADERS.charter) },
  { id: 'sync', label: 'Share and receive', key: '6', component: lazy(LOADERS.sync) },
  { id: 'settings', label: 'Settings', key: '7', component: lazy(LOADERS.settings) },
];

export const DEFAULT_SECTION = 'board';
