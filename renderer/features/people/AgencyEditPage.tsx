import { useState, type FormEvent } from 'react';
import { navigate } from '../../app/router/hashRoute';
import { useTeam } from '../../app/team/useTeam';
import { useWriter } from '../../app/team/useWriter';
import {
  AGENCY_TYPES,
  AGENCY_TYPE_LABELS,
  type Agency,
  type AgencyType,
} from '../../../shared/domain/directory';
import { WriteError } from '../../db/writer';
import { EmptyState } from '../../ui/EmptyState';
import { ErrorSummary } from '../../ui/forms/ErrorSummary';
import type { FieldErrors } from '../../ui/forms/fieldErrors';
import { SelectField } from '../../ui/forms/SelectField';
import { TextField } from '../../ui/forms/TextField';
import { PageHeader } from '../../ui/PageHeader';
import { saveAgency } from './agencyCommands';
import { setFlash } from './flash';
import { useAgencies } from './useAgencies';

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
  const writer = useWriter();
  const [values, setValues] = useState<AgencyValues>(
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
  const [errors, setErrors] = useState<FieldErrors>({});
  const [attempt, setAttempt] = useState(0);
  const field = (key: keyof AgencyValues) => ({
    id: `agency-${key}`,
    value: values[key],
    onChange: (value: string) => setValues((current) => ({ ...current, [key]: value })),
    error: errors[`agency-${key}`],
  });
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setAttempt((count) => count + 1);
    const found: FieldErrors = {};
    if (values.name.trim() === '') found['agency-name'] = 'Enter the agency’s name.';
    if (!isAgencyType(values.type)) found['agency-type'] = 'Choose the kind of agency.';
    if (Object.keys(found).length > 0 || !isAgencyType(values.type)) {
      setErrors(found);
      return;
    }
    try {
      const id = await saveAgency(writer, agency?.id ?? null, { ...values, type: values.type });
      setFlash(agency ? 'Changes saved.' : `${values.name.trim()} has been added.`);
      navigate('people', 'agency', id);
    } catch (error) {
      if (!(error instanceof WriteError)) throw error;
      const next: FieldErrors = {};
      for (const problem of error.problems) next[`agency-${problem.field}`] ??= problem.message;
      if (Object.keys(next).length === 0) next['agency-name'] = error.message;
      setErrors(next);
    }
  };
  return (
    <form noValidate onSubmit={(event) => void submit(event)}>
      <ErrorSummary errors={errors} attempt={attempt} />
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
      <div className="button-row">
        <button type="submit" className="button">
          {agency ? 'Save changes' : 'Add the agency'}
        </button>
        <button
          type="button"
          className="button button--secondary"
          onClick={() => (agency ? navigate('people', 'agency', agency.id) : navigate('people', 'agencies'))}
        >
          Cancel
        </button>
      </div>
    </form>
  );
}

/** Adding an agency (agencyId null) or changing one. */
export function AgencyEditPage({ agencyId }: { agencyId: string | null }) {
  const { db } = useTeam();
  const agencies = useAgencies(db);
  if (!agencies) return <PageHeader title={agencyId ? 'Change agency' : 'Add an agency'} />;
  const agency = agencyId === null ? null : agencies.find((candidate) => candidate.id === agencyId);
  if (agency === undefined) {
    return (
      <>
        <PageHeader title="Agency not found" />
        <EmptyState title="This agency is not in the directory">
          <p>It may have been removed.</p>
        </EmptyState>
      </>
    );
  }
  return (
    <>
      <PageHeader title={agency ? `Change details: ${agency.name}` : 'Add an agency'} />
      <AgencyForm agency={agency} />
    </>
  );
}
