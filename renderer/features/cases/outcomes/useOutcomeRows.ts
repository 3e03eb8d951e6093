/**
 * The rows "Does it make a difference" measures over a period, live: services (all: they carry no date index),
 * review entries in the period (chronology `[type+date]` index), actions due in the period (`dueDate` index), and the
 * cases, members and agencies the figures are named by.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import type { Action, Case, ChronologyEntry, Service } from '../../../../shared/domain/cases';
import type { Agency, Member } from '../../../../shared/domain/directory';
import type { Period } from '../../../../shared/outcomes/boardOutcomes';
import { useTeamDb } from '../../../app/team/useTeamDb';

export interface OutcomeRows {
  services: Service[];
  reviews: ChronologyEntry[];
  actions: Action[];
  cases: Case[];
  members: Member[];
  agencies: Agency[];
}

export function useOutcomeRows(period: Period): OutcomeRows | undefined {
  const db = useTeamDb();
  const { from, to } = period;
  return useLiveQuery(async () => {
    const [services, reviews, actions, cases, members, agencies] = await Promise.all([
      db.rows('services').toArray(),
      db
        .rows('chronology')
        .where('[type+date]')
        .between(['review', from], ['review', to], true, true)
        .toArray(),
      db.rows('actions').where('dueDate').between(from, to, true, true).toArray(),
      db.rows('cases').toArray(),
      db.rows('members').toArray(),
      db.rows('agencies').toArray(),
    ]);
    return { services, reviews, actions, cases, members, agencies };
  }, [db, from, to]);
}
