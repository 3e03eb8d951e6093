import { act, renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { WriteError } from '../db/writer';
import { useActionMessage } from './useActionMessage';

describe('the message about how an action went', () => {
  it('says what did not happen in plain words when the database refuses, never the database’s words', async () => {
    const { result } = renderHook(() => useActionMessage());
    await act(async () => {
      const went = await result.current.run(
        () => Promise.reject(new Error('ConstraintError: Key already exists in the object store.')),
        undefined,
        'This could not be saved. Try again.',
      );
      expect(went).toBe(false);
    });
    expect(result.current.message).toEqual({ tone: 'error', text: 'This could not be saved. Try again.' });
  });

  it('passes on a refusal written for people, and says when it went through', async () => {
    const { result } = renderHook(() => useActionMessage());
    await act(() => result.current.run(() => Promise.reject(new WriteError('Enter a reason.'))));
    expect(result.current.message?.text).toBe('Enter a reason.');
    await act(() => result.current.run(() => Promise.resolve(), 'Saved.'));
    expect(result.current.message).toEqual({ tone: 'success', text: 'Saved.' });
  });
});
