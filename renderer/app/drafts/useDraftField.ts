import { useCallback, useContext, useState, type Dispatch, type SetStateAction } from 'react';
import { DraftScopeContext } from './draftContext';
import { draftValue, keepDraftValue } from './draftStore';

/**
 * Like useState for one field of a form, but what the person types is also kept as their draft, in memory, under
 * `formKey` (which names the form and the record it is about): if the screen locks and someone else signs in, the
 * field is made afresh for them, and it shows this text again only when the person who typed it comes back. With
 * no `formKey`, or outside a signed-in team, it is plain state.
 */
export function useDraftField<T>(
  formKey: string | undefined,
  field: string,
  initial: T,
): [T, Dispatch<SetStateAction<T>>] {
  const scope = useContext(DraftScopeContext);
  const [value, setValue] = useState<T>(() => {
    const kept = scope && formKey ? draftValue(scope, formKey, field, scope.keepMs) : undefined;
    // Only this hook writes under this form and field, always a T: the store cannot know the type, this call can.
    return kept ? (kept.value as T) : initial;
  });
  const set = useCallback<Dispatch<SetStateAction<T>>>(
    (next) => {
      setValue((previous) => {
        const value = next instanceof Function ? next(previous) : next;
        // Writing the same value twice (React may call this twice while checking) does no harm.
        if (scope && formKey) keepDraftValue(scope, formKey, field, value);
        return value;
      });
    },
    [scope, formKey, field],
  );
  return [value, set];
}
