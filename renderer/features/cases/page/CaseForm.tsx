import type { ReactNode } from 'react';
import type { FieldErrors } from '../../../ui/forms/fieldErrors';
import { FormFrame } from '../../../ui/forms/FormFrame';
import type { DateToQuestion, SaveForm } from '../../../ui/forms/useSaveForm';

/** What the part of a case page that opened a form gives it: closing it unsaved, and the message once saved. */
export interface CaseFormDone {
  onCancel: () => void;
  onSaved: (message: string) => void;
}

/** A form about the case as a whole (closing it, adding an entry or a view): which case, and today's date. */
export interface CaseDayFormProps extends CaseFormDone {
  caseId: string;
  today: string;
}

interface CaseFormFrame extends Partial<CaseFormDone> {
  form: SaveForm;
  /** Names the form and is its heading: "Add an action". */
  title: string;
  submitLabel?: string;
  /** False for a form that appears while a person is choosing (the outcomes page's own dates). */
  focusOnOpen?: boolean;
  children: ReactNode;
}

/** The steps of a form that saves and stays on the case page; CaseForm runs them through `form.run`. */
interface CaseFormSteps<Result> {
  /**
   * What is wrong with what is typed now, by field id (made afresh each render, like the dates the form reads); a
   * form with nothing to check leaves it out. Shown only once the person tries to save.
   */
  problems?: FieldErrors;
  save: () => Promise<Result>;
  /** What the page says once saved ("Action added."), made from what `save` gave back where it depends on it. */
  saved: string | ((result: Result) => string);
  /** Due or review dates to question if they have passed. */
  datesToQuestion?: readonly DateToQuestion[];
}

/** A form that does something else once saved (opens the new case, shows the chosen dates) runs its own steps. */
interface OwnSubmit {
  onSubmit: () => Promise<void>;
}

type CaseFormProps<Result> = CaseFormFrame & (CaseFormSteps<Result> | OwnSubmit);

/**
 * Every form on a case page and the pages beside it: the kit's FormFrame in the case pages' boxed style, saving
 * with "Save" unless the form says what its button does. It checks and saves, and passes the saved message to the
 * page; what was typed stays when the check or the save fails.
 */
export function CaseForm<Result>(props: CaseFormProps<Result>) {
  const { form, title, submitLabel = 'Save', onCancel, onSaved, focusOnOpen, children } = props;
  const submit = async () => {
    if ('onSubmit' in props) return props.onSubmit();
    const message = await savedMessage(form, props);
    if (message !== null) onSaved?.(message);
  };
  return (
    <FormFrame
      className="case-form"
      title={title}
      form={form}
      submitLabel={submitLabel}
      onSubmit={() => void submit()}
      onCancel={onCancel}
      focusOnOpen={focusOnOpen}
    >
      {children}
    </FormFrame>
  );
}

async function savedMessage<Result>(form: SaveForm, steps: CaseFormSteps<Result>): Promise<string | null> {
  const { problems = {}, save, saved, datesToQuestion } = steps;
  // Made inside the save, where its result is; kept only if the save went through.
  const after: { message?: string } = {};
  const ok = await form.run(
    () => problems,
    async () => {
      const result = await save();
      after.message = typeof saved === 'string' ? saved : saved(result);
    },
    datesToQuestion,
  );
  return ok ? (after.message ?? null) : null;
}
