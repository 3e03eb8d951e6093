import { SERVICE_STATUSES, SERVICE_STATUS_LABELS, type Service } from '../../../../shared/domain/cases';
import { useWriter } from '../../../app/team/useWriter';
import { SelectField } from '../../../ui/forms/SelectField';
import { MemberField } from '../../../ui/forms/MemberField';
import { TextField } from '../../../ui/forms/TextField';
import { DateField } from '../DateField';
import { CaseForm, type CaseFormDone } from '../page/CaseForm';

import type { CaseSectionProps } from '../page/caseSectionProps';
import { addService, updateService } from '../caseRowCommands';
import { useSaveForm } from '../../../ui/forms/useSaveForm';
import { useFormField } from '../../../ui/forms/useFormField';
import { dayFromParts, partsFromDay } from '../../../../shared/dates';

interface ServiceFormProps extends CaseSectionProps, CaseFormDone {
  service: Service | null;
}

/** A service recommended for the child or family, and whether it was obtained, or why not. */
export function ServiceForm({ caseRow, team, today, service, ...done }: ServiceFormProps) {
  const form = useSaveForm('serviceform-', `service:${caseRow.id}:${service?.id ?? 'new'}`);
  const writer = useWriter();
  const name = useFormField(form, 'name', service?.name ?? '');
  const recommendedBy = useFormField(form, 'recommendedBy', service?.recommendedBy ?? writer.person.id);
  const recommended = useFormField(
    form,
    'recommendedOn',
    partsFromDay(service ? service.recommendedOn : today),
  );
  const status = useFormField<string>(form, 'status', service?.status ?? 'recommended');
  const obtained = useFormField(form, 'obtainedOn', partsFromDay(service?.obtainedOn ?? null));
  const whyNot = useFormField(form, 'whyNot', service?.whyNot ?? '');
  const recommendedOn = dayFromParts(recommended.value, 'The date recommended');
  const obtainedOn = dayFromParts(obtained.value, 'The date obtained');
  const chosen = SERVICE_STATUSES.find((item) => item === status.value) ?? 'recommended';
  const notObtained = chosen === 'declined' || chosen === 'not-available';

  return (
    <CaseForm
      title={service ? 'Change the service' : 'Add a service'}
      submitLabel={service ? 'Save' : 'Add the service'}
      form={form}
      problems={{
        [name.id]: name.value.trim() === '' ? 'Enter the name of the service.' : undefined,
        [recommended.id]: recommendedOn.ok ? undefined : recommendedOn.message,
        [obtained.id]: chosen === 'obtained' && !obtainedOn.ok ? obtainedOn.message : undefined,
      }}
      save={async () => {
        const input = {
          name: name.value,
          recommendedBy: recommendedBy.value || null,
          recommendedOn: recommendedOn.ok ? recommendedOn.date : null,
          status: chosen,
          obtainedOn: obtainedOn.ok ? obtainedOn.date : null,
          whyNot: whyNot.value,
        };
        if (service) await updateService(writer, service.id, input);
        else await addService(writer, caseRow.id, input);
      }}
      saved={service ? 'Service saved.' : 'Service added.'}
      {...done}
    >
      <TextField
        {...name}
        label="Service"
        hint="For example, “Parenting programme” or “Speech and language therapy”."
      />
      <MemberField {...recommendedBy} label="Recommended by" emptyLabel="Not recorded" members={team} />
      <DateField {...recommended} legend="Date recommended" />
      <SelectField
        {...status}
        label="Where it stands"
        options={SERVICE_STATUSES.map((item) => ({ value: item, label: SERVICE_STATUS_LABELS[item] }))}
      />
      {chosen === 'obtained' && <DateField {...obtained} legend="Date obtained" />}
      {notObtained && (
        <TextField
          {...whyNot}
          label="Why it was not obtained"
          hint="This shows where local services fall short."
          multiline
        />
      )}
    </CaseForm>
  );
}
