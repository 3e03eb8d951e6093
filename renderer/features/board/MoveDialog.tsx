import { useState } from 'react';
import { Heading } from 'react-aria-components';
import type { BoardCard } from '../../../shared/board/boardIndex';
import { ErrorSummary } from '../../ui/forms/ErrorSummary';
import { TextField } from '../../ui/forms/TextField';
import type { FieldErrors } from '../../ui/forms/fieldErrors';
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
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [attempt, setAttempt] = useState(0);
  const [saving, setSaving] = useState(false);

  const submit = async () => {
    setAttempt((n) => n + 1);
    if (reason.trim().length > MOVE_REASON_MAX) {
      setErrors({ 'move-reason': `Keep the reason to ${MOVE_REASON_MAX} characters or fewer.` });
      return;
    }
    setSaving(true);
    const problem = await onConfirm(move, reason);
    setSaving(false);
    if (problem) setErrors({ 'move-reason': problem });
  };

  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <Heading slot="title">
        Move {move.card.reference} to {move.toTitle}
      </Heading>
      <p>
        From {move.fromTitle} to {move.toTitle}. The move is added to the case’s chronology.
      </p>
      <ErrorSummary errors={errors} attempt={attempt} />
      <TextField
        id="move-reason"
        label="Reason (optional)"
        hint={`A few words for the chronology, up to ${MOVE_REASON_MAX} characters.`}
        value={reason}
        onChange={setReason}
        error={errors['move-reason']}
      />
      <div className="button-row">
        <button type="submit" className="button" disabled={saving}>
          Move case
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
