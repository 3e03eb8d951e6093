/**
 * The app's sections, in navigation order. Each section owns everything under its path segment
 * (`#/board/...`), and receives the rest of the route to show its own pages.
 */
import type { ComponentType } from 'react';
import { BoardSection } from '../features/board/BoardSection';
import { PeopleSection } from '../features/people/PeopleSection';
import { ReflectionSection } from '../features/reflection/ReflectionSection';
import { TrainingSection } from '../features/training/TrainingSection';
import { CharterSection } from '../features/charter/CharterSection';
import { SyncSection } from '../features/sync/SyncSection';
import { SettingsSection } from '../features/settings/SettingsSection';

export interface SectionProps {
  /** The route segments after the section's own, e.g. ['case', 'abc'] for `#/board/case/abc`. */
  route: string[];
}

export interface Section {
  id: string;
  label: string;
  /** The digit used with Ctrl (Cmd on a Mac) to jump here. */
  key: string;
  component: ComponentType<SectionProps>;
}

export const SECTIONS: readonly Section[] = [
  { id: 'board', label: 'Board', key: '1', component: BoardSection },
  { id: 'people', label: 'People', key: '2', component: PeopleSection },
  { id: 'reflection', label: 'Reflection', key: '3', component: ReflectionSection },
  { id: 'training', label: 'Training', key: '4', component: TrainingSection },
  { id: 'charter', label: 'Charter', key: '5', component: CharterSection },
  { id: 'sync', label: 'Share and receive', key: '6', component: SyncSection },
  { id: 'settings', label: 'Settings', key: '7', component: SettingsSection },
];

export const DEFAULT_SECTION = 'board';
