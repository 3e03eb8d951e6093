import { describe, expect, it } from 'vitest';
import { WriteError } from '../db/writer';
import { problemWords } from './problemWords';

describe('the words for a failure', () => {
  it('passes on a refusal written for people', () => {
    expect(problemWords(new WriteError('Enter a name for the stage.'), 'It failed.')).toBe(
      'Enter a name for the stage.',
    );
  });

  it('never shows the database’s or the browser’s own words', () => {
    const dexie = new Error('ConstraintError: Key already exists in the object store.');
    expect(problemWords(dexie, 'This could not be saved. Try again.')).toBe(
      'This could not be saved. Try again.',
    );
    expect(problemWords('a string', 'This could not be saved. Try again.')).toBe(
      'This could not be saved. Try again.',
    );
  });
});
