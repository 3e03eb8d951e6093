import type { BoardCard } from '../../../shared/board/boardIndex';
import { WriteError } from '../../db/writer';
import { FormFrame } from '../../ui/forms/FormFrame';
import { TextField } from '../../ui/forms/TextField';
import { useFormField } from '../../ui/forms/useFormField';
import { useSaveForm } from '../../ui/forms/useSaveForm';
import { ModalDialog } from '../../ui/ModalDialog';
import { MOVE_REASON_MAX } from './boardCommands';

export interface PendingMove {
  card: BoardCard;
  fromTitle: string;
  toColumnId: string;
  toTitle: string;
}

interface MoveDialogProps {
  pending: PendingMove | null;
  onConfirm: (move: PendingMove, reason: string) => Promise<string | null>;
  onCancel: () => void;
}

/** Asks for an optional reason before a case changes stage; the reason goes into the case's chronology. */
export function MoveDialog({ pending, onConfirm, onCancel }: MoveDialogProps) {
  return (
    <ModalDialog
      isOpen={pending !== null}
      onClose={onCancel}
      className="move-dialog"
      aria-label={pending ? `Move case ${pending.card.reference}` : 'Move case'}
    >
      {pending && (
        <MoveForm
          key={pending.card.id + pending.toColumnId}
          move={pending}
          onConfirm={onConfirm}
          onCancel={onCancel}
        />
      )}
    </ModalDialog>
  );
}

function MoveForm({
  move,
  onConfirm,
  onCancel,
}: {
  move: PendingMove;
  onConfirm: MoveDialogProps['onConfirm'];
  onCancel: () => void;
}) {
  const form = useSaveForm('move-');
  const reason = useFormField(form, 'reason', '');

  const submit = () =>
    void form.run(
      () =>
        reason.value.trim().length > MOVE_REASON_MAX
          ? { [reason.id]: `Keep the reason to ${MOVE_REASON_MAX} characters or fewer.` }
          : {},
      async () => {
        // The board says why a move did not happen in words meant for the reason's field.
        const problem = await onConfirm(move, reason.value);
        if (problem) throw new WriteError(problem, [{ field: 'reason', message: problem }]);
      },
    );

  return (
    <FormFrame
      title={`Move ${move.card.reference} to ${move.toTitle}`}
      headingLevel={2}
      form={form}
      submitLabel="Move case"
      onSubmit={submit}
      onCancel={onCancel}
      focusOnOpen={false}
    >
      <p>
        From {move.fromTitle} to {move.toTitle}. The move is added to the case’s chronology.
      </p>
      <TextField
        {...reason}
        label="Reason (optional)"
        hint={`A few words for the chronology, up to ${MOVE_REASON_MAX} characters.`}
      />
    </FormFrame>
  );
}
