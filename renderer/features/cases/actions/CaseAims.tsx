import { AIM_STATUSES, AIM_STATUS_LABELS, type Aim, type AimStatus } from '../../../../shared/domain/cases';
import { useWriter } from '../../../app/team/useWriter';
import { SelectField } from '../../../ui/forms/SelectField';
import { TextField } from '../../../ui/forms/TextField';
import { CaseRowButtons } from '../page/CaseRowButtons';
import { CaseForm, type CaseFormDone } from '../page/CaseForm';
import type { CaseSectionProps } from '../page/caseSectionProps';
import { addAim, updateAim } from '../caseRowCommands';
import { CaseRowList } from '../page/CaseRowList';
import { useEditingPart } from '../../../ui/forms/useEditingPart';
import { useSaveForm } from '../../../ui/forms/useSaveForm';
import { useFormField } from '../../../ui/forms/useFormField';
import { OpenFormButton } from '../../../ui/forms/OpenFormButton';
import { CaseSection } from '../page/CaseSection';

export function CaseAims(props: CaseSectionProps) {
  const { rows, onDeleted } = props;
  const { editing, saved, open, close, done } = useEditingPart<string>('aim');

  return (
    <CaseSection id="aims" title="Shared aims" saved={saved}>
      <CaseRowList
        section={props}
        table="aims"
        empty="No shared aims yet. Agree them with the family and the team."
      >
        {(aim, index) => {
          const serving = rows.actions.filter((action) => action.aimId === aim.id).length;
          return (
            <>
              <p className="case-text case-list__title">{aim.text}</p>
              <div className="aim-progress">
                <progress max={100} value={aim.progress} aria-label={`Progress towards: ${aim.text}`} />
                <span>
                  {aim.progress}% · {AIM_STATUS_LABELS[aim.status]} · {serving}{' '}
                  {serving === 1 ? 'action serves' : 'actions serve'} this aim
                </span>
              </div>
              {editing === aim.id ? (
                <AimForm aim={aim} caseId={aim.caseId} onCancel={close} onSaved={done} />
              ) : (
                <CaseRowButtons
                  table="aims"
                  row={aim}
                  index={index}
                  kind="aim"
                  name={aim.text}
                  onChange={() => open(aim.id)}
                  onDeleted={onDeleted}
                />
              )}
            </>
          );
        }}
      </CaseRowList>
      {editing === 'add' ? (
        <AimForm aim={null} caseId={props.caseRow.id} onCancel={close} onSaved={done} />
      ) : (
        <OpenFormButton id="aim-add" onOpen={() => open('add')}>
          Add a shared aim
        </OpenFormButton>
      )}
    </CaseSection>
  );
}

interface AimFormProps extends CaseFormDone {
  aim: Aim | null;
  caseId: string;
}

function AimForm({ aim, caseId, ...done }: AimFormProps) {
  const form = useSaveForm('aimform-', `aim:${caseId}:${aim?.id ?? 'new'}`);
  const writer = useWriter();
  const text = useFormField(form, 'text', aim?.text ?? '');
  const progress = useFormField(form, 'progress', String(aim?.progress ?? 0));
  const status = useFormField<string>(form, 'status', aim?.status ?? 'working-towards');

  const value = Number(progress.value);

  return (
    <CaseForm
      title={aim ? 'Change the aim' : 'Add a shared aim'}
      submitLabel={aim ? 'Save' : 'Add the aim'}
      form={form}
      problems={{
        [text.id]: text.value.trim() === '' ? 'Enter the aim, in words the family would use.' : undefined,
        [progress.id]:
          progress.value.trim() === '' || !Number.isInteger(value) || value < 0 || value > 100
            ? 'Enter progress as a whole number from 0 to 100.'
            : undefined,
      }}
      save={async () => {
        const chosen = AIM_STATUSES.find((item) => item === status.value) ?? 'working-towards';
        const patch: { text: string; progress: number; status: AimStatus } = {
          text: text.value,
          progress: value,
          status: chosen,
        };
        if (aim) await updateAim(writer, aim.id, patch);
        else await addAim(writer, caseId, patch);
      }}
      saved={aim ? 'Aim saved.' : 'Aim added.'}
      {...done}
    >
      <TextField
        {...text}
        label="Aim"
        hint="What everyone is working towards, for example “Attends school every day”."
        multiline
      />
      <TextField
        {...progress}
        label="Progress (0 to 100)"
        hint="How far along, as the team judges it."
        type="number"
        inputMode="numeric"
        min={0}
        max={100}
      />
      <SelectField
        {...status}
        label="Status"
        options={AIM_STATUSES.map((item) => ({ value: item, label: AIM_STATUS_LABELS[item] }))}
      />
    </CaseForm>
  );
}
