import { navigate } from '../../../app/router/hashRoute';
import { useWriter } from '../../../app/team/useWriter';
import {
  AGENCY_TYPES,
  AGENCY_TYPE_LABELS,
  type Agency,
  type AgencyType,
} from '../../../../shared/domain/directory';
import { NotFoundPage } from '../../../ui/NotFoundPage';
import { PageForm } from '../../../ui/forms/PageForm';
import { SelectField } from '../../../ui/forms/SelectField';
import { TextField } from '../../../ui/forms/TextField';
import { useSaveForm } from '../../../ui/forms/useSaveForm';
import { PageHeader } from '../../../ui/PageHeader';
import { saveAgency } from './agencyCommands';
import { setFlash } from '../flash';
import { useDraftField } from '../../../app/drafts/useDraftField';
import { useAgencies } from '../../../app/data/useAgencies';

interface AgencyValues {
  name: string;
  type: string;
  remit: string;
  howItWorks: string;
  contacts: string;
}

function isAgencyType(value: string): value is AgencyType {
  return (AGENCY_TYPES as readonly string[]).includes(value);
}

function AgencyForm({ agency }: { agency: Agency | null }) {
  const form = useSaveForm('agency-', `agency:${agency?.id ?? 'new'}`);
  const writer = useWriter();
  const [values, setValues] = useDraftField<AgencyValues>(
    form.draftKey,
    'values',
    agency
      ? {
          name: agency.name,
          type: agency.type,
          remit: agency.remit,
          howItWorks: agency.howItWorks,
          contacts: agency.contacts,
        }
      : { name: '', type: '', remit: '', howItWorks: '', contacts: '' },
  );
  const field = (key: keyof AgencyValues) => ({
    id: `agency-${key}`,
    value: values[key],
    onChange: (value: string) => setValues((current) => ({ ...current, [key]: value })),
    error: form.errors[`agency-${key}`],
  });
  const submit = async () => {
    const type = values.type;
    let id = agency?.id ?? '';
    const saved = await form.run(
      () => ({
        'agency-name': values.name.trim() === '' ? 'Enter the agency’s name.' : undefined,
        'agency-type': isAgencyType(type) ? undefined : 'Choose the kind of agency.',
      }),
      async () => {
        if (isAgencyType(type)) id = await saveAgency(writer, agency?.id ?? null, { ...values, type });
      },
    );
    if (!saved) return;
    setFlash(agency ? 'Changes saved.' : `${values.name.trim()} has been added.`);
    navigate('people', 'agency', id);
  };

  return (
    <PageForm
      title={agency ? 'Change the agency' : 'Add an agency'}
      form={form}
      submitLabel={agency ? 'Save changes' : 'Add the agency'}
      onSubmit={() => void submit()}
      onCancel={() => (agency ? navigate('people', 'agency', agency.id) : navigate('people', 'agencies'))}
    >
      <TextField label="Name" required {...field('name')} />
      <SelectField
        label="Kind of agency"
        emptyLabel="Choose one"
        options={AGENCY_TYPES.map((value) => ({ value, label: AGENCY_TYPE_LABELS[value] }))}
        {...field('type')}
      />
      <TextField label="What it is for (remit)" multiline {...field('remit')} />
      <TextField
        label="How it works"
        hint="What a colleague from another agency needs to know: thresholds for taking a referral, how decisions are made, working culture."
        multiline
        {...field('howItWorks')}
      />
      <TextField
        label="Contacts"
        hint="Duty lines, named contacts and when to call them."
        multiline
        {...field('contacts')}
      />
    </PageForm>
  );
}

/** Adding an agency (agencyId null) or changing one. */
export function AgencyEditPage({ agencyId }: { agencyId: string | null }) {
  const agencies = useAgencies();
  if (!agencies) return <PageHeader title={agencyId ? 'Change agency' : 'Add an agency'} />;
  const agency = agencyId === null ? null : agencies.find((candidate) => candidate.id === agencyId);
  if (agency === undefined) {
    return (
      <NotFoundPage title="Agency not found" heading="This agency is not in the directory">
        It may have been removed.
      </NotFoundPage>
    );
  }
  return (
    <>
      <PageHeader title={agency ? `Change details: ${agency.name}` : 'Add an agency'} />
      <AgencyForm agency={agency} />
    </>
  );
}
