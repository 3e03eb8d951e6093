/** The groups of words "Who can help with…" treats as one: the built-in ones with the team's own, live. */
import { useMemo } from 'react';
import { withTeamWords } from '../../../shared/people/synonyms';
import { useSearchWords } from './useSearchWords';

export function useSearchGroups(): string[][] {
  const words = useSearchWords();
  return useMemo(() => withTeamWords(words ?? []), [words]);
}
