/** The team's own reflection templates, by name; undefined while loading. */
import type { ReflectionTemplate } from '../../../../shared/domain/reflection';
import { compareText } from '../../../../shared/people/members';
import { useLiveRows } from '../../../app/data/useLiveRows';

const byName = (a: ReflectionTemplate, b: ReflectionTemplate) => compareText(a.name, b.name);

export function useTeamTemplates(): ReflectionTemplate[] | undefined {
  return useLiveRows('reflectionTemplates', { order: byName });
}
