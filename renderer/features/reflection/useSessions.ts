/** Every live reflection session of the team, newest first; undefined while loading. */
import type { ReflectionSession } from '../../../shared/domain/reflection';
import { compareSessions } from '../../../shared/reflection/carryForward';
import { useLiveRows } from '../../app/data/useLiveRows';

const newestFirst = (a: ReflectionSession, b: ReflectionSession) => compareSessions(b, a);

export function useSessions(): ReflectionSession[] | undefined {
  return useLiveRows('reflectionSessions', { order: newestFirst });
}
