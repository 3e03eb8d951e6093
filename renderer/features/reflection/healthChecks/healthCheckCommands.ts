/**
 * Writing partnership health checks and responses. An unsigned response is written with `createAnonymousRecord`,
 * so neither the response, its stamps nor its line in the change history holds the member's id, this PC's id or
 * the time of day; this PC remembers only that the person answered (localStorage, never what or when), to stop
 * the same person answering twice by accident.
 */
import type { Enabler, Score } from '../../../../shared/domain/reflection';
import { answeredKey } from '../../../../shared/reflection/healthCheck';
import { createAnonymousRecord } from '../../../db/anonymousWrite';
import { createRecord, updateRecord, type WriteContext } from '../../../db/writer';

export interface NewHealthCheck {
  title: string;
  opensOn: string;
  closesOn: string | null;
  enablers: Enabler[];
}

export function openHealthCheck(writer: WriteContext, check: NewHealthCheck): Promise<string> {
  return createRecord(writer, 'healthChecks', { ...check, status: 'open' });
}

export function setHealthCheckStatus(
  writer: WriteContext,
  id: string,
  status: 'open' | 'closed',
): Promise<boolean> {
  return updateRecord(writer, 'healthChecks', id, { status });
}

export async function submitResponse(
  writer: WriteContext,
  checkId: string,
  scores: Score[],
  signed: boolean,
  now: Date = new Date(),
): Promise<string> {
  const id = signed
    ? await createRecord(writer, 'healthCheckResponses', { checkId, memberId: writer.person.id, scores })
    : await createAnonymousRecord(
        writer.db,
        'healthCheckResponses',
        { checkId, memberId: null, scores },
        now,
      );
  if (!signed) noteAnsweredHere(checkId, writer.person.id);
  return id;
}

function storage(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

/** This person answered this check anonymously at this PC (kept on this PC only, and never what they said). */
export function noteAnsweredHere(checkId: string, personId: string): void {
  storage()?.setItem(answeredKey(checkId, personId), 'answered');
}

export function answeredHere(checkId: string, personId: string): boolean {
  return storage()?.getItem(answeredKey(checkId, personId)) != null;
}
