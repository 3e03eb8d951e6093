/** The team's own reflection templates, by name; undefined while loading. */
import type { ReflectionTemplate } from '../../../shared/domain/reflection';
import { useLiveRows } from '../../db/useLiveRows';
import { useTeamDb } from '../../app/team/useTeamDb';

export function useTeamTemplates(): ReflectionTemplate[] | undefined {
  const db = useTeamDb();
  const rows = useLiveRows(db, 'reflectionTemplates');
  return rows && [...rows].sort((a, b) => a.name.localeCompare(b.name, 'en-GB'));
}
