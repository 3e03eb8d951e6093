import { useMemo, useState } from 'react';
import { Label, Radio, RadioGroup } from 'react-aria-components';
import { TEMPLATE_KIND_LABELS, type Prompt, type TemplateKind } from '../../../../shared/domain/reflection';
import { lowestEnablers, spreadByEnabler } from '../../../../shared/reflection/healthCheck';
import { BUILT_IN_TEMPLATES, promptsForEnablers } from '../../../../shared/reflection/templates';
import { navigate } from '../../../app/router/hashRoute';
import { usePerson } from '../../../app/team/usePerson';
import { useCurrentMembers } from '../../../app/data/useCurrentMembers';
import { useWriter } from '../../../app/team/useWriter';
import { PageForm } from '../../../ui/forms/PageForm';
import { MemberField } from '../../../ui/forms/MemberField';
import { SelectField } from '../../../ui/forms/SelectField';
import { TextField } from '../../../ui/forms/TextField';
import type { FieldErrors } from '../../../ui/forms/fieldErrors';
import { useSaveForm } from '../../../ui/forms/useSaveForm';
import { useFormField } from '../../../ui/forms/useFormField';

import { createSession } from './sessionCommands';
import { useCaseReferences } from './useCaseReferences';
import { useHealthChecks } from '../healthChecks/useHealthChecks';
import { useProcedureTitles } from './useProcedureTitles';
import { useTeamTemplates } from '../templates/useTeamTemplates';
import { showDate, todayIso } from '../../../../shared/dates';

interface Choice {
  value: string;
  name: string;
  description: string;
  kind: TemplateKind;
  templateId: string | null;
  prompts: readonly Prompt[];
}

const FOLLOW_UP = 'follow-up';

/**
 * Plans a session from a template; its prompts become the agenda. `route` may be ['from-check', id]: the three
 * lowest-scoring enablers of that health check become the agenda.
 */
export function NewSessionPage({ route }: { route: string[] }) {
  const writer = useWriter();
  const person = usePerson();
  const members = useCurrentMembers();
  const teamTemplates = useTeamTemplates();
  const cases = useCaseReferences();
  const procedures = useProcedureTitles();
  const checks = useHealthChecks();
  const fromCheck = route[0] === 'from-check' ? (route[1] ?? null) : null;

  const choices = useMemo<Choice[]>(() => {
    const list: Choice[] = [];
    const check = checks?.checks.find((candidate) => candidate.id === fromCheck);
    if (check && checks) {
      const lowest = lowestEnablers(
        spreadByEnabler(checks.responsesByCheck.get(check.id) ?? [], check.enablers),
      );
      list.push({
        value: FOLLOW_UP,
        name: `Follow-up to ${check.title}`,
        description: 'The three enablers that scored lowest, one prompt each.',
        kind: 'health-check',
        templateId: null,
        prompts: promptsForEnablers(lowest),
      });
    }
    for (const template of BUILT_IN_TEMPLATES) {
      list.push({ value: `builtin:${template.key}`, ...template, templateId: null });
    }
    for (const template of teamTemplates ?? []) {
      list.push({
        value: `team:${template.id}`,
        name: template.name,
        description: template.description,
        kind: template.kind,
        templateId: template.id,
        prompts: template.prompts,
      });
    }
    return list;
  }, [checks, fromCheck, teamTemplates]);

  const [choiceValue, setChoiceValue] = useState<string | null>(null);
  const choice = choices.find((candidate) => candidate.value === choiceValue) ?? choices[0];
  const [title, setTitle] = useState<string | null>(null);
  const form = useSaveForm('session-');
  const date = useFormField(form, 'date', todayIso());
  const [facilitatorId, setFacilitatorId] = useState<string | null>(null);
  const caseId = useFormField(form, 'case', '');
  const procedureId = useFormField(form, 'procedure', '');

  const shownTitle = title ?? (choice ? `${choice.name} – ${showDate(date.value, 'date to be set')}` : '');
  const facilitator = facilitatorId ?? person?.id ?? '';

  const check = (): FieldErrors => ({
    template: choice ? undefined : 'Choose a template.',
    'session-title': shownTitle.trim() === '' ? 'Enter a title for the session.' : undefined,
    [date.id]: /^\d{4}-\d{2}-\d{2}$/.test(date.value) ? undefined : 'Enter the date of the session.',
    [caseId.id]:
      choice?.kind === 'case' && caseId.value === '' ? 'Choose the case to reflect on.' : undefined,
  });

  const submit = async () => {
    let id = '';
    const saved = await form.run(check, async () => {
      if (!choice) return;
      id = await createSession(writer, {
        date: date.value,
        title: shownTitle.trim(),
        facilitatorId: facilitator || null,
        templateKind: choice.kind,
        templateId: choice.templateId,
        caseId: choice.kind === 'case' ? caseId.value : null,
        procedureId: choice.kind === 'procedures' && procedureId.value ? procedureId.value : null,
        prompts: choice.prompts,
      });
    });
    if (saved && id) navigate('reflection', 'session', id);
  };

  return (
    <PageForm
      title="Plan a session"
      pageHeader
      form={form}
      submitLabel="Plan the session"
      onSubmit={() => void submit()}
    >
      <RadioGroup
        id="template"
        className="radio-group template-choice"
        value={choice?.value ?? null}
        onChange={setChoiceValue}
      >
        <Label className="field__label">Template</Label>
        {choices.map((candidate) => (
          <Radio key={candidate.value} value={candidate.value} className="radio">
            <span>
              <strong>{candidate.name}</strong>
              <span className="field__hint template-choice__hint">
                {TEMPLATE_KIND_LABELS[candidate.kind]} · {candidate.prompts.length} prompts.{' '}
                {candidate.description}
              </span>
            </span>
          </Radio>
        ))}
      </RadioGroup>
      <TextField
        id="session-title"
        label="Title"
        value={shownTitle}
        onChange={setTitle}
        error={form.errors['session-title']}
      />
      <TextField {...date} label="Date" type="date" />
      <MemberField
        id="session-facilitator"
        label="Facilitator"
        value={facilitator}
        emptyLabel="Not decided yet"
        members={members ?? []}
        onChange={setFacilitatorId}
      />
      {choice?.kind === 'case' && (
        <SelectField
          {...caseId}
          label="Case"
          hint="Only the case reference is shown, so the session can be shared on screen."
          emptyLabel="Choose a case"
          options={(cases ?? []).map((row) => ({ value: row.id, label: row.reference }))}
        />
      )}
      {choice?.kind === 'procedures' && (
        <SelectField
          {...procedureId}
          label="Procedure to review"
          hint="Procedures come from the team charter. Leave it empty to review forms in general."
          emptyLabel="No particular procedure"
          options={(procedures ?? []).map((row) => ({ value: row.id, label: row.title }))}
        />
      )}
    </PageForm>
  );
}
