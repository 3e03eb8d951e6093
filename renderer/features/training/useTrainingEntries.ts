/** The training log's entries that are not deleted, newest first; undefined while loading. */
import type { TrainingEntry } from '../../../shared/domain/training';
import { compareText } from '../../../shared/people/members';
import { useLiveRows } from '../../app/data/useLiveRows';

const newestFirst = (a: TrainingEntry, b: TrainingEntry) =>
  b.date.localeCompare(a.date) || compareText(a.title, b.title);

export function useTrainingEntries(): TrainingEntry[] | undefined {
  return useLiveRows('trainingEntries', { order: newestFirst });
}
