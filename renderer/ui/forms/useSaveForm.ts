/**
 * The state every form that saves shares: field messages, the submit counter the error summary follows, a message
 * for a problem that belongs to no one field, and `run`, which checks, saves, and turns a refused write into
 * messages beside the fields. What was typed is kept whenever the save does not happen.
 */
import { useCallback, useContext, useRef, useState } from 'react';
import { hasPassed, todayIso } from '../../../shared/dates';
import { DraftScopeContext } from '../../app/drafts/draftContext';
import { dropDraft } from '../../app/drafts/draftStore';
import { WriteError } from '../../db/writer';
import { problemWords } from '../problemWords';
import { hasErrors, type FieldErrors } from './fieldErrors';

/** A due or review date the form is about to save, to be questioned if it has passed. */
export interface DateToQuestion {
  /** The date field's id (its day box): "No, change the date" takes the person there. */
  id: string;
  /** What the date is, as the field's legend says it: "Next review date". */
  label: string;
  date: string | null;
}

export interface SaveForm {
  /** Every field's id starts with it ("actionform-"); a refused write's field `text` lands on `actionform-text`. */
  idPrefix: string;
  errors: FieldErrors;
  attempt: number;
  problem: string | null;
  busy: boolean;
  /** Returns true when the check passed and the save worked; what was typed is kept otherwise. */
  run: (
    check: () => FieldErrors,
    save: () => Promise<unknown>,
    datesToQuestion?: readonly DateToQuestion[],
  ) => Promise<boolean>;
  /** The due or review dates that have passed, while the form asks whether to save them anyway. */
  asking: readonly DateToQuestion[] | null;
  /** "Yes, save it anyway": the dates asked about no longer stop the next save. */
  confirmPassed: () => void;
  /** "No, change the date": nothing is saved, and the question goes. */
  declinePassed: () => void;
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
  const [asking, setAsking] = useState<readonly DateToQuestion[] | null>(null);
  // Each passed date the person has agreed to, by field and date: changing the date asks again.
  const agreed = useRef<ReadonlySet<string>>(new Set());

  const run = useCallback(
    async (
      check: () => FieldErrors,
      save: () => Promise<unknown>,
      datesToQuestion: readonly DateToQuestion[] = [],
    ) => {
      const found = check();
      setProblem(null);
      if (hasErrors(found)) {
        setAsking(null);
        setErrors(found);
        setAttempt((count) => count + 1);
        return false;
      }
      const today = todayIso();
      const passed = datesToQuestion.filter(
        (item) => hasPassed(item.date, today) && !agreed.current.has(agreedKey(item)),
      );
      if (passed.length > 0) {
        setErrors({});
        setAsking(passed);
        return false;
      }
      setAsking(null);
      setBusy(true);
      try {
        await save();
        setErrors({});
        agreed.current = new Set();
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

  const confirmPassed = useCallback(() => {
    agreed.current = new Set([...agreed.current, ...(asking ?? []).map(agreedKey)]);
    setAsking(null);
  }, [asking]);
  const declinePassed = useCallback(() => setAsking(null), []);

  return {
    idPrefix,
    errors,
    attempt,
    problem,
    busy,
    run,
    asking,
    confirmPassed,
    declinePassed,
    draftKey,
    dropDraft: forget,
  };
}

function agreedKey(item: DateToQuestion): string {
  return `${item.id}=${item.date ?? ''}`;
}
