/**
 * The state every form that saves shares: field messages, the submit counter the error summary follows, a message
 * for a problem that belongs to no one field, and `run`, which checks, saves, and turns a refused write into
 * messages beside the fields. What was typed is kept whenever the save does not happen.
 */
import { useCallback, useContext, useState } from 'react';
import { DraftScopeContext } from '../../app/drafts/draftContext';
import { dropDraft } from '../../app/drafts/draftStore';
import { WriteError } from '../../db/writer';
import { problemWords } from '../problemWords';
import { hasErrors, type FieldErrors } from './fieldErrors';

export interface SaveForm {
  errors: FieldErrors;
  attempt: number;
  problem: string | null;
  busy: boolean;
  /** Returns true when the check passed and the save worked; what was typed is kept otherwise. */
  run: (check: () => FieldErrors, save: () => Promise<unknown>) => Promise<boolean>;
  /**
   * Where the form keeps what the person types and has not saved, for them alone (useDraftField); undefined for a
   * form that keeps nothing.
   */
  draftKey: string | undefined;
  /** Forgets the draft: the person cancelled. A save that works forgets it too. */
  dropDraft: () => void;
}

/**
 * `draftKey` names the form and what it is about (e.g. `view:<case id>`), so the person's unsaved text waits for
 * them if the screen locks and someone else signs in.
 */
export function useSaveForm(idPrefix: string, draftKey?: string): SaveForm {
  const scope = useContext(DraftScopeContext);
  const forget = useCallback(() => {
    if (scope && draftKey) dropDraft(scope, draftKey);
  }, [scope, draftKey]);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [attempt, setAttempt] = useState(0);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const run = useCallback(
    async (check: () => FieldErrors, save: () => Promise<unknown>) => {
      const found = check();
      setProblem(null);
      if (hasErrors(found)) {
        setErrors(found);
        setAttempt((count) => count + 1);
        return false;
      }
      setBusy(true);
      try {
        await save();
        setErrors({});
        forget();
        return true;
      } catch (error) {
        const problems = error instanceof WriteError ? error.problems : [];
        if (problems.length > 0) {
          const mapped: FieldErrors = {};
          for (const item of problems) mapped[`${idPrefix}${item.field}`] ??= item.message;
          setErrors(mapped);
          setAttempt((count) => count + 1);
        } else {
          setErrors({});
          setProblem(
            problemWords(error, 'This could not be saved, and nothing was changed. Please try again.'),
          );
        }
        return false;
      } finally {
        setBusy(false);
      }
    },
    [idPrefix, forget],
  );

  return { errors, attempt, problem, busy, run, draftKey, dropDraft: forget };
}
