import { useContext } from 'react';
import type { Member } from '../../../shared/domain/directory';
import { PersonContext } from './teamContexts';

/** The person working at this PC now (their directory record, live), or null until someone says who they are. */
export function usePerson(): Member | null {
  return useContext(PersonContext);
}
