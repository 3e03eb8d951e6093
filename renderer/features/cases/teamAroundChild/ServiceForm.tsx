import { SERVICE_STATUSES, SERVICE_STATUS_LABELS, type Service } from '../../../../shared/domain/cases';
import { useWriter } from '../../../app/team/useWriter';
import { SelectField } from '../../../ui/forms/SelectField';
import { TextField } from '../../../ui/forms/TextField';
import { DateField } from '../DateField';
import { FormFrame } from '../../../ui/forms/FormFrame';

import type { CaseSectionProps } from '../page/caseSectionProps';
import { addService, updateService } from '../caseRowCommands';
import { useSaveForm } from '../../../ui/forms/useSaveForm';
import { useDraftField } from '../../../app/drafts/useDraftField';
import { dayFromParts, partsFromDay } from '../../../../shared/dates';

interface ServiceFormProps extends CaseSectionProps {
  service: Service | null;
  onCancel: () => void;
  onSaved: (message: string) => void;
}

/** A service recommended for the child or family, and whether it was obtained, or why not. */
export function ServiceForm({ caseRow, team, today, service, onCancel, onSaved }: ServiceFormProps) {
  const form = useSaveForm('serviceform-', `service:${caseRow.id}:${service?.id ?? 'new'}`);
  const writer = useWriter();
  const [name, setName] = useDraftField(form.draftKey, 'name', service?.name ?? '');
  const [recommendedBy, setRecommendedBy] = useDraftField(
    form.draftKey,
    'recommendedBy',
    service?.recommendedBy ?? writer.person.id,
  );
  const [recommended, setRecommended] = useDraftField(
    form.draftKey,
    'recommended',
    partsFromDay(service ? service.recommendedOn : today),
  );
  const [status, setStatus] = useDraftField<string>(
    form.draftKey,
    'status',
    service?.status ?? 'recommended',
  );
  const [obtained, setObtained] = useDraftField(
    form.draftKey,
    'obtained',
    partsFromDay(service?.obtainedOn ?? null),
  );
  const [whyNot, setWhyNot] = useDraftField(form.draftKey, 'whyNot', service?.whyNot ?? '');
  const recommendedOn = dayFromParts(recommended, 'The date recommended');
  const obtainedOn = dayFromParts(obtained, 'The date obtained');
  const chosen = SERVICE_STATUSES.find((item) => item === status) ?? 'recommended';
  const notObtained = chosen === 'declined' || chosen === 'not-available';

  const submit = async () => {
    const ok = await form.run(
      () => ({
        'serviceform-name': name.trim() === '' ? 'Enter the name of the service.' : undefined,
        'serviceform-recommendedOn': recommendedOn.ok ? undefined : recommendedOn.message,
        'serviceform-obtainedOn': chosen === 'obtained' && !obtainedOn.ok ? obtainedOn.message : undefined,
      }),
      async () => {
        const input = {
          name,
          recommendedBy: recommendedBy || null,
          recommendedOn: recommendedOn.ok ? recommendedOn.date : null,
          status: chosen,
          obtainedOn: obtainedOn.ok ? obtainedOn.date : null,
          whyNot,
        };
        if (service) await updateService(writer, service.id, input);
        else await addService(writer, caseRow.id, input);
      },
    );
    if (ok) onSaved(service ? 'Service saved.' : 'Service added.');
  };

  return (
    <FormFrame
      className="case-form"
      title={service ? 'Change the service' : 'Add a service'}
      form={form}
      submitLabel={service ? 'Save' : 'Add the service'}
      onSubmit={submit}
      onCancel={onCancel}
    >
      <TextField
        id="serviceform-name"
        label="Service"
        hint="For example, “Parenting programme” or “Speech and language therapy”."
        value={name}
        onChange={setName}
        error={form.errors['serviceform-name']}
      />
      <SelectField
        id="serviceform-recommendedBy"
        label="Recommended by"
        value={recommendedBy}
        emptyLabel="Not recorded"
        options={team.map((member) => ({ value: member.id, label: member.name }))}
        onChange={setRecommendedBy}
        error={form.errors['serviceform-recommendedBy']}
      />
      <DateField
        id="serviceform-recommendedOn"
        legend="Date recommended"
        value={recommended}
        onChange={setRecommended}
        error={form.errors['serviceform-recommendedOn']}
      />
      <SelectField
        id="serviceform-status"
        label="Where it stands"
        value={status}
        options={SERVICE_STATUSES.map((item) => ({ value: item, label: SERVICE_STATUS_LABELS[item] }))}
        onChange={setStatus}
        error={form.errors['serviceform-status']}
      />
      {chosen === 'obtained' && (
        <DateField
          id="serviceform-obtainedOn"
          legend="Date obtained"
          value={obtained}
          onChange={setObtained}
          error={form.errors['serviceform-obtainedOn']}
        />
      )}
      {notObtained && (
        <TextField
          id="serviceform-whyNot"
          label="Why it was not obtained"
          hint="This shows where local services fall short."
          multiline
          value={whyNot}
          onChange={setWhyNot}
          error={form.errors['serviceform-whyNot']}
        />
      )}
    </FormFrame>
  );
}
