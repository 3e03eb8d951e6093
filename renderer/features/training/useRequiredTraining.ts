/** The training professions must renew, by title; undefined while loading. */
import type { RequiredTraining } from '../../../shared/domain/training';
import { compareText } from '../../../shared/people/members';
import { useLiveRows } from '../../app/data/useLiveRows';

const byTitle = (a: RequiredTraining, b: RequiredTraining) => compareText(a.title, b.title);

export function useRequiredTraining(): RequiredTraining[] | undefined {
  return useLiveRows('requiredTraining', { order: byTitle });
}
