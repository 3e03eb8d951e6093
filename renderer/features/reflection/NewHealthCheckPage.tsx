import { useState } from 'react';
import { Checkbox, CheckboxGroup, Label } from 'react-aria-components';
import { ENABLERS, ENABLER_LABELS, type Enabler } from '../../../shared/domain/reflection';
import { isActiveLeader } from '../../../shared/domain/roles';
import { navigate } from '../../app/router/hashRoute';
import { useTeam } from '../../app/team/useTeam';
import { useWriter } from '../../app/team/useWriter';
import { WriteError } from '../../db/writer';
import { Banner } from '../../ui/Banner';
import { PageHeader } from '../../ui/PageHeader';
import { ErrorSummary } from '../../ui/forms/ErrorSummary';
import { TextField } from '../../ui/forms/TextField';
import { hasErrors, type FieldErrors } from '../../ui/forms/fieldErrors';
import { openHealthCheck } from './healthCheckCommands';
import { todayIso } from './reflectionWords';

/** A leader opens a health check: its title, dates and the enablers it asks about. */
export function NewHealthCheckPage() {
  const writer = useWriter();
  const { person } = useTeam();
  const [title, setTitle] = useState('');
  const [opensOn, setOpensOn] = useState(todayIso());
  const [closesOn, setClosesOn] = useState('');
  const [enablers, setEnablers] = useState<string[]>([...ENABLERS]);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [attempt, setAttempt] = useState(0);

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

  const submit = async () => {
    const found: FieldErrors = {};
    if (title.trim() === '') found['check-title'] = 'Enter a title, such as “Spring health check”.';
    if (!/^\d{4}-\d{2}-\d{2}$/.test(opensOn)) found['check-opens'] = 'Enter the date it opens.';
    if (closesOn && closesOn < opensOn)
      found['check-closes'] = 'The closing date must not be before it opens.';
    if (enablers.length === 0) found['check-enablers'] = 'Choose at least one thing to ask about.';
    setErrors(found);
    setAttempt(attempt + 1);
    if (hasErrors(found)) return;
    try {
      await openHealthCheck(writer, {
        title: title.trim(),
        opensOn,
        closesOn: closesOn || null,
        enablers: ENABLERS.filter((enabler: Enabler) => enablers.includes(enabler)),
      });
      navigate('reflection', 'checks');
    } catch (caught) {
      setErrors({
        'check-title': caught instanceof WriteError ? caught.message : 'The check could not be saved.',
      });
    }
  };

  return (
    <>
      <PageHeader title="Open a health check" />
      <ErrorSummary errors={errors} attempt={attempt} />
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <TextField
          id="check-title"
          label="Title"
          value={title}
          onChange={setTitle}
          error={errors['check-title']}
        />
        <TextField
          id="check-opens"
          label="Opens on"
          type="date"
          value={opensOn}
          onChange={setOpensOn}
          error={errors['check-opens']}
        />
        <TextField
          id="check-closes"
          label="Closes on (optional)"
          type="date"
          value={closesOn}
          onChange={setClosesOn}
          error={errors['check-closes']}
        />
        <CheckboxGroup
          id="check-enablers"
          className={`checkbox-group${errors['check-enablers'] ? ' field--error' : ''}`}
          value={enablers}
          onChange={setEnablers}
        >
          <Label className="field__label">What to ask about</Label>
          {errors['check-enablers'] && <span className="field__error">{errors['check-enablers']}</span>}
          {ENABLERS.map((enabler) => (
            <Checkbox key={enabler} value={enabler} className="checkbox">
              {ENABLER_LABELS[enabler]}
            </Checkbox>
          ))}
        </CheckboxGroup>
        <button type="submit" className="button">
          Open the health check
        </button>
      </form>
    </>
  );
}
