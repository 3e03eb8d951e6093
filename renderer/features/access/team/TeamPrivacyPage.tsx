import { useState } from 'react';
import { Checkbox } from 'react-aria-components';
import { can } from '../../../../shared/domain/roles';
import type { Team } from '../../../../shared/domain/team';
import { usePerson } from '../../../app/team/usePerson';
import { useTeam } from '../../../app/team/useTeam';
import { useWriter } from '../../../app/team/useWriter';
import { SavedBanner } from '../../../ui/SavedBanner';
import { PageForm } from '../../../ui/forms/PageForm';
import { TextField } from '../../../ui/forms/TextField';
import { useSaveForm } from '../../../ui/forms/useSaveForm';
import { setTeamPrivacy } from '../accessCommands';
import { TeamSettingsPage } from './TeamSettingsPage';
import '../access.css';
import { useFormField } from '../../../ui/forms/useFormField';

function hoursWords(hours: number): string {
  return hours === 1 ? '1 hour' : `${hours} hours`;
}

/** What the team has chosen about who sees people's own words: leaders change it, everyone can read it. */
export function TeamPrivacyPage() {
  const { team } = useTeam();
  const mayChange = can(usePerson(), 'change-team-settings');
  return (
    <TeamSettingsPage title="Privacy in the team">
      {(teamRecord) =>
        mayChange ? (
          <PrivacyForm teamId={team.id} current={teamRecord} />
        ) : (
          <>
            <p>Only a team leader can change these. What the team has chosen:</p>
            <ul>
              <li>
                Unsaved text waits for the person who typed it for {hoursWords(teamRecord.unsavedKeptHours)}{' '}
                after they stop, and never after Joined Up closes.
              </li>
              <li>
                {teamRecord.supervisorSeesReflections
                  ? 'Supervisors can read the training reflections of the people they supervise.'
                  : 'Each person’s own training reflections are seen by them alone.'}
              </li>
            </ul>
          </>
        )
      }
    </TeamSettingsPage>
  );
}

function PrivacyForm({ teamId, current }: { teamId: string; current: Team }) {
  const writer = useWriter();
  const form = useSaveForm('privacy-');
  const [supervisors, setSupervisors] = useState(current.supervisorSeesReflections);
  const keptHours = useFormField(form, 'kept-hours', String(current.unsavedKeptHours));
  const [saved, setSaved] = useState(false);
  const hours = Number(keptHours.value.trim());
  const hoursProblem =
    keptHours.value.trim() === '' || !Number.isInteger(hours) || hours < 1 || hours > 72
      ? 'Enter a whole number of hours from 1 to 72.'
      : undefined;
  const submit = async () => {
    setSaved(false);
    const ok = await form.run(
      () => ({ 'privacy-kept-hours': hoursProblem }),
      () =>
        setTeamPrivacy(writer, teamId, { supervisorSeesReflections: supervisors, unsavedKeptHours: hours }),
    );
    setSaved(ok);
  };
  return (
    <>
      <SavedBanner
        text={saved ? 'The team’s choices are saved. Other PCs follow once your changes reach them.' : null}
      />
      <PageForm
        title="The team’s privacy choices"
        form={form}
        submitLabel="Save"
        onSubmit={() => void submit()}
      >
        <fieldset className="privacy-choice">
          <legend>Training reflections</legend>
          <p className="field__hint">
            What each person writes about how training changed their practice is theirs. Some teams let the
            person’s professional supervisor read it too, for supervision.
          </p>
          <Checkbox className="checkbox" isSelected={supervisors} onChange={setSupervisors}>
            Supervisors can read the training reflections of the people they supervise
          </Checkbox>
        </fieldset>
        <TextField
          {...keptHours}
          label="Hours unsaved text waits for the person who typed it"
          hint="When the screen locks or someone else signs in, what a person typed and did not save is hidden and kept in the app’s memory for them alone, for this long after they stop (never after Joined Up closes)."
          inputMode="numeric"
        />
      </PageForm>
    </>
  );
}
