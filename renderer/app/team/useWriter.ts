import { useContext } from 'react';
import type { WriteContext } from '../../db/writer';
import { WriterContext } from './teamContexts';

/**
 * How this person's changes are saved. Screens that change data are shown only once a person is working, so a
 * missing writer here is a programming mistake, not something a person can cause.
 */
export function useWriter(): WriteContext {
  const writer = useContext(WriterContext);
  if (!writer) throw new Error('Nobody is working at this PC yet, so nothing can be saved.');
  return writer;
}
