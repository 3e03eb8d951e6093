import { useState } from 'react';
import type { ReflectionSession } from '../../../../shared/domain/reflection';
import { useCurrentMembers } from '../../../app/data/useCurrentMembers';
import { useWriter } from '../../../app/team/useWriter';
import { SavedBanner } from '../../../ui/SavedBanner';
import { PageForm } from '../../../ui/forms/PageForm';
import { MemberField } from '../../../ui/forms/MemberField';
import { TextField } from '../../../ui/forms/TextField';
import { useSaveForm } from '../../../ui/forms/useSaveForm';
import { updateSession } from './sessionCommands';
import { useFormField } from '../../../ui/forms/useFormField';

/** Changes a session's title, date and facilitator; hidden until asked for, so the page stays calm. */
export function SessionDetailsForm({ session }: { session: ReflectionSession }) {
  const [open, setOpen] = useState(false);
  const [saved, setSaved] = useState(false);

  return (
    <div className="no-print">
      <SavedBanner text={saved ? 'Session details saved.' : null} />
      <button
        type="button"
        className="button button--secondary"
        aria-expanded={open}
        aria-controls="session-details-form"
        onClick={() => {
          setOpen(!open);
          setSaved(false);
        }}
      >
        Change details
      </button>
      <div id="session-details-form">
        {open && (
          <DetailsForm
            session={session}
            onSaved={() => {
              setSaved(true);
              setOpen(false);
            }}
          />
        )}
      </div>
    </div>
  );
}

/** Opens with what is saved now, which may have changed on another PC since the page opened. */
function DetailsForm({ session, onSaved }: { session: ReflectionSession; onSaved: () => void }) {
  const writer = useWriter();
  const members = useCurrentMembers();
  const form = useSaveForm('details-');
  const title = useFormField(form, 'title', session.title);
  const date = useFormField(form, 'date', session.date);
  const facilitatorId = useFormField(form, 'facilitator', session.facilitatorId ?? '');

  const submit = async () => {
    const ok = await form.run(
      () => ({
        [title.id]: title.value.trim() === '' ? 'Enter a title for the session.' : undefined,
        [date.id]: /^\d{4}-\d{2}-\d{2}$/.test(date.value) ? undefined : 'Enter the date of the session.',
      }),
      () =>
        updateSession(writer, session.id, {
          title: title.value.trim(),
          date: date.value,
          facilitatorId: facilitatorId.value || null,
        }),
    );
    if (ok) onSaved();
  };

  return (
    <PageForm
      title="Change details"
      className="reflection-block"
      form={form}
      submitLabel="Save details"
      onSubmit={() => void submit()}
      // The Change details button stays where it is and says the form is open; focus stays on it.
    >
      <TextField {...title} label="Title" />
      <TextField {...date} label="Date" type="date" />
      <MemberField
        {...facilitatorId}
        label="Facilitator"
        emptyLabel="Not decided yet"
        members={members ?? []}
      />
    </PageForm>
  );
}
