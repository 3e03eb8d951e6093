import { useState } from 'react';
import { promptSchema, type Prompt, type ReflectionTemplate } from '../../../shared/domain/reflection';
import { can } from '../../../shared/domain/roles';
import { hrefFor, navigate } from '../../app/router/hashRoute';
import { useTeam } from '../../app/team/useTeam';
import { useWriter } from '../../app/team/useWriter';
import { WriteError } from '../../db/writer';
import { Banner } from '../../ui/Banner';
import { PageHeader } from '../../ui/PageHeader';
import { ErrorSummary } from '../../ui/forms/ErrorSummary';
import { TextField } from '../../ui/forms/TextField';
import { hasErrors, type FieldErrors } from '../../ui/forms/fieldErrors';
import { NotFound } from './NotFound';
import { createTemplate, saveTemplate } from './templateCommands';
import { useTeamTemplate } from './useTeamTemplate';

interface DraftPrompt {
  key: number;
  text: string;
  guidance: string;
  minutes: string;
}

let nextKey = 1;
function draftOf(prompt: Prompt): DraftPrompt {
  nextKey += 1;
  return {
    key: nextKey,
    text: prompt.text,
    guidance: prompt.guidance,
    minutes: prompt.minutes === null ? '' : String(prompt.minutes),
  };
}

/** Edits one of the team's templates (or writes a new one when `templateId` is null). Leaders only. */
export function TemplateEditor({ templateId }: { templateId: string | null }) {
  const template = useTeamTemplate(templateId);
  if (templateId !== null && template === undefined) return <p>Loading the template…</p>;
  if (templateId !== null && template === null) return <NotFound what="This template" />;
  return <TemplateForm key={template?.id ?? 'new'} template={template ?? null} />;
}

function TemplateForm({ template }: { template: ReflectionTemplate | null }) {
  const writer = useWriter();
  const { person } = useTeam();
  const mayManage = can(person, 'manage-templates');
  const [name, setName] = useState(template?.name ?? '');
  const [description, setDescription] = useState(template?.description ?? '');
  const [prompts, setPrompts] = useState<DraftPrompt[]>(() => (template?.prompts ?? []).map(draftOf));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [attempt, setAttempt] = useState(0);
  const [saved, setSaved] = useState<string | null>(null);

  const change = (key: number, patch: Partial<DraftPrompt>) =>
    setPrompts(prompts.map((prompt) => (prompt.key === key ? { ...prompt, ...patch } : prompt)));
  const move = (index: number, step: -1 | 1) => {
    const next = [...prompts];
    const [item] = next.splice(index, 1);
    if (item) next.splice(index + step, 0, item);
    setPrompts(next);
  };

  const submit = async () => {
    const found: FieldErrors = {};
    if (name.trim() === '') found['template-name'] = 'Enter a name for the template.';
    if (prompts.length === 0) found['add-prompt'] = 'Add at least one prompt.';
    const parsed: Prompt[] = [];
    prompts.forEach((prompt, index) => {
      const minutes = prompt.minutes.trim() === '' ? null : Number(prompt.minutes);
      const result = promptSchema.safeParse({ text: prompt.text, guidance: prompt.guidance, minutes });
      if (result.success) parsed.push(result.data);
      else if (prompt.text.trim() === '')
        found[`prompt-text-${prompt.key}`] = `Enter the wording of prompt ${index + 1}.`;
      else
        found[`prompt-minutes-${prompt.key}`] =
          `Prompt ${index + 1}: enter the minutes as a whole number from 1 to 240, or leave it empty.`;
    });
    setErrors(found);
    setAttempt(attempt + 1);
    if (hasErrors(found)) return;
    const fields = {
      name: name.trim(),
      description,
      kind: template?.kind ?? 'custom',
      prompts: parsed,
    } as const;
    try {
      if (template) {
        await saveTemplate(writer, template.id, { ...fields, prompts: parsed });
        setSaved('Template saved.');
      } else {
        const id = await createTemplate(writer, { ...fields, prompts: parsed });
        navigate('reflection', 'templates', id);
      }
    } catch (caught) {
      setErrors({
        'template-name': caught instanceof WriteError ? caught.message : 'The template could not be saved.',
      });
      setAttempt(attempt + 1);
    }
  };

  const title = template ? template.name : 'New template';
  if (!mayManage) {
    return (
      <>
        <PageHeader title={title} />
        <p>
          <a href={hrefFor('reflection', 'templates')}>All templates</a>
        </p>
        <p>{description}</p>
        <ol className="prompt-list">
          {prompts.map((prompt) => (
            <li key={prompt.key}>
              <strong>{prompt.text}</strong>
              <p className="field__hint">{prompt.guidance}</p>
            </li>
          ))}
        </ol>
        <Banner>
          <p>Only team leaders can change templates.</p>
        </Banner>
      </>
    );
  }

  return (
    <>
      <PageHeader title={title} />
      <p>
        <a href={hrefFor('reflection', 'templates')}>All templates</a>
      </p>
      {saved && (
        <Banner tone="success" live>
          {saved}
        </Banner>
      )}
      <ErrorSummary errors={errors} attempt={attempt} />
      <form
        noValidate
        onChange={() => setSaved(null)}
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <TextField
          id="template-name"
          label="Name"
          value={name}
          onChange={setName}
          error={errors['template-name']}
        />
        <TextField
          id="template-description"
          label="What it is for"
          multiline
          value={description}
          onChange={setDescription}
        />
        <h2>Prompts</h2>
        <ol className="prompt-editor">
          {prompts.map((prompt, index) => (
            <li key={prompt.key} className="card prompt-editor__item">
              <TextField
                id={`prompt-text-${prompt.key}`}
                label={`Prompt ${index + 1}`}
                value={prompt.text}
                onChange={(text) => change(prompt.key, { text })}
                error={errors[`prompt-text-${prompt.key}`]}
              />
              <TextField
                id={`prompt-guidance-${prompt.key}`}
                label={`Guidance for prompt ${index + 1} (optional)`}
                value={prompt.guidance}
                onChange={(guidance) => change(prompt.key, { guidance })}
              />
              <TextField
                id={`prompt-minutes-${prompt.key}`}
                label={`Minutes for prompt ${index + 1} (optional)`}
                inputMode="numeric"
                value={prompt.minutes}
                onChange={(minutes) => change(prompt.key, { minutes })}
                error={errors[`prompt-minutes-${prompt.key}`]}
              />
              <div className="button-row">
                <button
                  type="button"
                  className="button button--quiet"
                  disabled={index === 0}
                  onClick={() => move(index, -1)}
                >
                  Move prompt {index + 1} up
                </button>
                <button
                  type="button"
                  className="button button--quiet"
                  disabled={index === prompts.length - 1}
                  onClick={() => move(index, 1)}
                >
                  Move prompt {index + 1} down
                </button>
                <button
                  type="button"
                  className="button button--quiet"
                  onClick={() => setPrompts(prompts.filter((candidate) => candidate.key !== prompt.key))}
                >
                  Remove prompt {index + 1}
                </button>
              </div>
            </li>
          ))}
        </ol>
        <div className="button-row">
          <button
            type="button"
            id="add-prompt"
            className="button button--secondary"
            onClick={() => setPrompts([...prompts, draftOf({ text: '', guidance: '', minutes: null })])}
          >
            Add a prompt
          </button>
          <button type="submit" className="button">
            Save template
          </button>
        </div>
      </form>
    </>
  );
}
