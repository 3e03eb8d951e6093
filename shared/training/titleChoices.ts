/**
 * The training a requirement can accept, as a team leader chooses it: each title in the team's log once (entries
 * of the same name, by `titleKey`, are one choice), most recent first, with the type, date and number of times of
 * the entries under it; and which of them an older requirement's words in titles count today.
 */
import type { RequiredTraining, TrainingEntry, TrainingType } from '../domain/training';
import { requirementMatcher, titleKey } from './required';

export interface TitleChoice {
  /** As the most recent entry of this name spells it: what the requirement stores when chosen. */
  title: string;
  key: string;
  /** The most recent entry's type and date. */
  type: TrainingType;
  latest: string;
  /** How many entries (done or planned) have this name. */
  times: number;
}

export function titleChoices(entries: readonly TrainingEntry[]): TitleChoice[] {
  const byKey = new Map<string, TitleChoice>();
  for (const entry of entries) {
    if (entry.deleted) continue;
    const key = titleKey(entry.title);
    if (key === '') continue;
    const seen = byKey.get(key);
    if (seen === undefined) {
      byKey.set(key, { title: entry.title.trim(), key, type: entry.type, latest: entry.date, times: 1 });
      continue;
    }
    seen.times += 1;
    if (entry.date > seen.latest)
      Object.assign(seen, { title: entry.title.trim(), type: entry.type, latest: entry.date });
  }
  return [...byKey.values()].sort(
    (a, b) => b.latest.localeCompare(a.latest) || a.key.localeCompare(b.key, 'en-GB'),
  );
}

/**
 * The titles a requirement from before choices counts today, to offer ticked when a team leader chooses properly:
 * what it counted stays in view, and "Contextual safeguarding" found by "safe" can be left out knowingly.
 */
export function titlesCountedToday(
  requirement: RequiredTraining,
  choices: readonly TitleChoice[],
  entries: readonly TrainingEntry[],
): string[] {
  const matches = requirementMatcher(requirement);
  const counted = new Set(
    entries.filter((entry) => !entry.deleted && matches(entry)).map((entry) => titleKey(entry.title)),
  );
  return choices.filter((choice) => counted.has(choice.key)).map((choice) => choice.title);
}
