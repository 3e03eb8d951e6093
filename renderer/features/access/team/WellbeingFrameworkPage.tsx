import { useState } from 'react';
import { can } from '../../../../shared/domain/roles';
import {
  FRAMEWORK_LABELS,
  indicatorChoices,
  type WellbeingFramework,
  type WellbeingSetting,
} from '../../../../shared/domain/wellbeing';
import { useWellbeing } from '../../../app/data/useWellbeing';
import { usePerson } from '../../../app/team/usePerson';
import { useTeam } from '../../../app/team/useTeam';
import { useWriter } from '../../../app/team/useWriter';
import { MessageBanner } from '../../../ui/MessageBanner';
import { PageHeader } from '../../../ui/PageHeader';
import { PageForm } from '../../../ui/forms/PageForm';
import { useSaveForm } from '../../../ui/forms/useSaveForm';
import { useActionMessage } from '../../../ui/useActionMessage';
import { BackToSettings } from '../BackToSettings';
import { FrameworkChoice } from './FrameworkChoice';
import { OwnIndicators } from './OwnIndicators';
import { setWellbeingFramework } from './wellbeingCommands';
import '../access.css';

/**
 * The team's wellbeing framework: which one it records concerns in, and its own list when it keeps one. Team
 * leaders change them; everyone can see them.
 */
export function WellbeingFrameworkPage() {
  const wellbeing = useWellbeing();
  const mayChange = can(usePerson(), 'change-team-settings');
  const { message, run, say } = useActionMessage();
  return (
    <>
      <PageHeader title="Wellbeing framework" />
      <BackToSettings />
      <MessageBanner message={message} />
      {wellbeing === undefined ? (
        <p role="status">Loading…</p>
      ) : (
        <>
          {mayChange ? (
            <FrameworkForm current={wellbeing.framework} onSaved={say} />
          ) : (
            <p>
              The team records wellbeing in: <strong>{FRAMEWORK_LABELS[wellbeing.framework]}</strong>. Only a
              team leader can change this.
            </p>
          )}
          {wellbeing.framework === 'own' ? (
            <OwnIndicators own={wellbeing.own} mayChange={mayChange} run={run} say={say} />
          ) : (
            <BuiltInList setting={wellbeing} />
          )}
        </>
      )}
    </>
  );
}

function BuiltInList({ setting }: { setting: WellbeingSetting }) {
  return (
    <section aria-labelledby="indicators-heading" className="settings-block">
      <h2 id="indicators-heading">The indicators cases are tagged with</h2>
      <ul>
        {indicatorChoices(setting).map((choice) => (
          <li key={choice.id}>{choice.label}</li>
        ))}
      </ul>
    </section>
  );
}

function FrameworkForm({
  current,
  onSaved,
}: {
  current: WellbeingFramework;
  onSaved: (message: string) => void;
}) {
  const { team } = useTeam();
  const writer = useWriter();
  const form = useSaveForm('framework-');
  const [chosen, setChosen] = useState<WellbeingFramework>(current);
  const submit = async () => {
    const ok = await form.run(
      () => ({}),
      () => setWellbeingFramework(writer, team.id, chosen),
    );
    if (ok) {
      onSaved(
        `The team now records wellbeing in: ${FRAMEWORK_LABELS[chosen]}. Cases keep the indicators they have; any from another framework are named with where they come from.`,
      );
    }
  };
  return (
    <PageForm
      title="The team’s wellbeing framework"
      form={form}
      submitLabel="Save the framework"
      onSubmit={() => void submit()}
    >
      <FrameworkChoice id="framework-choice" value={chosen} onChange={setChosen} />
    </PageForm>
  );
}
