import { Checkbox, CheckboxGroup, Label } from 'react-aria-components';
import { ENABLERS, ENABLER_LABELS, type Enabler } from '../../../../shared/domain/reflection';
import { isActiveLeader } from '../../../../shared/domain/roles';
import { navigate } from '../../../app/router/hashRoute';
import { usePerson } from '../../../app/team/usePerson';
import { useWriter } from '../../../app/team/useWriter';
import { Banner } from '../../../ui/Banner';
import { PageHeader } from '../../../ui/PageHeader';
import { PageForm } from '../../../ui/forms/PageForm';
import { TextField } from '../../../ui/forms/TextField';
import type { FieldErrors } from '../../../ui/forms/fieldErrors';
import { useSaveForm } from '../../../ui/forms/useSaveForm';
import { openHealthCheck } from './healthCheckCommands';
import { useFormField } from '../../../ui/forms/useFormField';
import { useDraftField } from '../../../app/drafts/useDraftField';
import { todayIso } from '../../../../shared/dates';
import { FieldError, fieldIds } from '../../../ui/forms/Field';

/** A leader opens a health check: its title, dates and the enablers it asks about. */
export function NewHealthCheckPage() {
  const form = useSaveForm('check-', 'new-health-check');
  const writer = useWriter();
  const person = usePerson();
  const title = useFormField(form, 'title', '');
  const opensOn = useFormField(form, 'opens', todayIso());
  const closesOn = useFormField(form, 'closes', '');
  const [enablers, setEnablers] = useDraftField<string[]>(form.draftKey, 'enablers', [...ENABLERS]);

  if (!isActiveLeader(person)) {
    return (
      <>
        <PageHeader title="Open a health check" />
        <Banner>
          <p>Only team leaders can open a health check.</p>
        </Banner>
      </>
    );
  }

  const check = (): FieldErrors => ({
    [title.id]: title.value.trim() === '' ? 'Enter a title, such as “Spring health check”.' : undefined,
    [opensOn.id]: /^\d{4}-\d{2}-\d{2}$/.test(opensOn.value) ? undefined : 'Enter the date it opens.',
    [closesOn.id]:
      closesOn.value && closesOn.value < opensOn.value
        ? 'The closing date must not be before it opens.'
        : undefined,
    'check-enablers': enablers.length === 0 ? 'Choose at least one thing to ask about.' : undefined,
  });

  const submit = async () => {
    const saved = await form.run(check, () =>
      openHealthCheck(writer, {
        title: title.value.trim(),
        opensOn: opensOn.value,
        closesOn: closesOn.value || null,
        enablers: ENABLERS.filter((enabler: Enabler) => enablers.includes(enabler)),
      }),
    );
    if (saved) navigate('reflection', 'checks');
  };

  const enablersErrorId = fieldIds('check-enablers', { error: form.errors['check-enablers'] }).errorId;
  return (
    <PageForm
      title="Open a health check"
      pageHeader
      form={form}
      submitLabel="Open the health check"
      onSubmit={() => void submit()}
    >
      <TextField {...title} label="Title" />
      <TextField {...opensOn} label="Opens on" type="date" />
      <TextField {...closesOn} label="Closes on (optional)" type="date" />
      <CheckboxGroup
        id="check-enablers"
        className={`checkbox-group${form.errors['check-enablers'] ? ' field--error' : ''}`}
        value={enablers}
        onChange={setEnablers}
        aria-describedby={enablersErrorId}
      >
        <Label className="field__label">What to ask about</Label>
        <FieldError id={enablersErrorId} message={form.errors['check-enablers']} />
        {ENABLERS.map((enabler) => (
          <Checkbox key={enabler} value={enabler} className="checkbox">
            {ENABLER_LABELS[enabler]}
          </Checkbox>
        ))}
      </CheckboxGroup>
    </PageForm>
  );
}
