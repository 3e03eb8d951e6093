/**
 * What a person reads when something they asked for failed. A refusal written for people (a WriteError: plain
 * words by construction) is shown as it is; anything else — IndexedDB's words, the browser's, a programming
 * mistake — is replaced by `fallback`, which says what did not happen and what to do. Never show the message of an
 * error this app did not write for people.
 */
import { WriteError } from '../db/writer';

export function problemWords(error: unknown, fallback: string): string {
  return error instanceof WriteError ? error.message : fallback;
}
