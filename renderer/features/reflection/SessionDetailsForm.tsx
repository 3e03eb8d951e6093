import { useState } from 'react';
import type { ReflectionSession } from '../../../shared/domain/reflection';
import { useTeamMembers } from '../../app/team/useTeamMembers';
import { useWriter } from '../../app/team/useWriter';
import { WriteError } from '../../db/writer';
import { Banner } from '../../ui/Banner';
import { ErrorSummary } from '../../ui/forms/ErrorSummary';
import { SelectField } from '../../ui/forms/SelectField';
import { TextField } from '../../ui/forms/TextField';
import { hasErrors, type FieldErrors } from '../../ui/forms/fieldErrors';
import { updateSession } from './sessionCommands';

/** Changes a session's title, date and facilitator; hidden until asked for, so the page stays calm. */
export function SessionDetailsForm({ session }: { session: ReflectionSession }) {
  const writer = useWriter();
  const members = useTeamMembers();
  const [open, setOpen] = useState(false);
  const [title, setTitle] = useState(session.title);
  const [date, setDate] = useState(session.date);
  const [facilitatorId, setFacilitatorId] = useState(session.facilitatorId ?? '');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [attempt, setAttempt] = useState(0);
  const [saved, setSaved] = useState(false);

  const submit = async () => {
    const found: FieldErrors = {};
    if (title.trim() === '') found['details-title'] = 'Enter a title for the session.';
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) found['details-date'] = 'Enter the date of the session.';
    setErrors(found);
    setAttempt(attempt + 1);
    if (hasErrors(found)) return;
    try {
      await updateSession(writer, session.id, {
        title: title.trim(),
        date,
        facilitatorId: facilitatorId || null,
      });
      setSaved(true);
      setOpen(false);
    } catch (caught) {
      setErrors({
        'details-title': caught instanceof WriteError ? caught.message : 'The details could not be saved.',
      });
    }
  };

  return (
    <div className="no-print">
      {saved && (
        <Banner tone="success" live>
          Session details saved.
        </Banner>
      )}
      <button
        type="button"
        className="button button--secondary"
        aria-expanded={open}
        aria-controls="session-details-form"
        onClick={() => {
          // Start from what is saved now, which may have changed on another PC since the page opened.
          setTitle(session.title);
          setDate(session.date);
          setFacilitatorId(session.facilitatorId ?? '');
          setErrors({});
          setOpen(!open);
          setSaved(false);
        }}
      >
        Change details
      </button>
      {open && (
        <form
          id="session-details-form"
          className="reflection-block"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            void submit();
          }}
        >
          <ErrorSummary errors={errors} attempt={attempt} />
          <TextField
            id="details-title"
            label="Title"
            value={title}
            onChange={setTitle}
            error={errors['details-title']}
          />
          <TextField
            id="details-date"
            label="Date"
            type="date"
            value={date}
            onChange={setDate}
            error={errors['details-date']}
          />
          <SelectField
            id="details-facilitator"
            label="Facilitator"
            value={facilitatorId}
            emptyLabel="Not decided yet"
            options={(members ?? []).map((member) => ({ value: member.id, label: member.name }))}
            onChange={setFacilitatorId}
          />
          <button type="submit" className="button">
            Save details
          </button>
        </form>
      )}
    </div>
  );
}
