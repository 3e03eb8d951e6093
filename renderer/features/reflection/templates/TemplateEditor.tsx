import { useState } from 'react';
import { promptSchema, type Prompt, type ReflectionTemplate } from '../../../../shared/domain/reflection';
import { can } from '../../../../shared/domain/roles';
import { hrefFor, navigate } from '../../../app/router/hashRoute';
import { usePerson } from '../../../app/team/usePerson';
import { useWriter } from '../../../app/team/useWriter';
import { Banner } from '../../../ui/Banner';
import { SavedBanner } from '../../../ui/SavedBanner';
import { PageHeader } from '../../../ui/PageHeader';
import { PageForm } from '../../../ui/forms/PageForm';
import { TextField } from '../../../ui/forms/TextField';
import type { FieldErrors } from '../../../ui/forms/fieldErrors';
import { useSaveForm } from '../../../ui/forms/useSaveForm';
import { NotFound } from '../NotFound';
import { createTemplate, saveTemplate, type TemplateFields } from './templateCommands';
import { useRecord } from '../../../app/data/useRecord';

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
  const template = useRecord('reflectionTemplates', templateId);
  if (templateId !== null && template === undefined) return <p>Loading the template…</p>;
  if (templateId !== null && template === null) return <NotFound what="This template" />;
  return <TemplateForm key={template?.id ?? 'new'} template={template ?? null} />;
}

function TemplateForm({ template }: { template: ReflectionTemplate | null }) {
  const writer = useWriter();
  const person = usePerson();
  const mayManage = can(person, 'manage-templates');
  const [name, setName] = useState(template?.name ?? '');
  const [description, setDescription] = useState(template?.description ?? '');
  const [prompts, setPrompts] = useState<DraftPrompt[]>(() => (template?.prompts ?? []).map(draftOf));
  const form = useSaveForm('template-');
  const [saved, setSaved] = useState<string | null>(null);

  const change = (key: number, patch: Partial<DraftPrompt>) => {
    setSaved(null);
    setPrompts(prompts.map((prompt) => (prompt.key === key ? { ...prompt, ...patch } : prompt)));
  };
  const move = (index: number, step: -1 | 1) => {
    const next = [...prompts];
    const [item] = next.splice(index, 1);
    if (item) next.splice(index + step, 0, item);
    setPrompts(next);
  };

  const parsed: Prompt[] = [];
  const found: FieldErrors = {};
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

  const check = (): FieldErrors => ({
    'template-name': name.trim() === '' ? 'Enter a name for the template.' : undefined,
    'add-prompt': prompts.length === 0 ? 'Add at least one prompt.' : undefined,
    ...found,
  });

  const submit = async () => {
    setSaved(null);
    const fields: TemplateFields = {
      name: name.trim(),
      description,
      kind: template?.kind ?? 'custom',
      prompts: parsed,
    };
    let id = template?.id ?? '';
    const ok = await form.run(check, async () => {
      if (template) await saveTemplate(writer, template.id, fields);
      else id = await createTemplate(writer, fields);
    });
    if (!ok) return;
    if (template) setSaved('Template saved.');
    else navigate('reflection', 'templates', id);
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
    <PageForm
      title={title}
      pageHeader
      beforeForm={
        <>
          <p>
            <a href={hrefFor('reflection', 'templates')}>All templates</a>
          </p>
          <SavedBanner text={saved} />
        </>
      }
      form={form}
      submitLabel="Save template"
      onSubmit={() => void submit()}
    >
      <TextField
        id="template-name"
        label="Name"
        value={name}
        onChange={(text) => {
          setSaved(null);
          setName(text);
        }}
        error={form.errors['template-name']}
      />
      <TextField
        id="template-description"
        label="What it is for"
        multiline
        value={description}
        onChange={(text) => {
          setSaved(null);
          setDescription(text);
        }}
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
              error={form.errors[`prompt-text-${prompt.key}`]}
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
              error={form.errors[`prompt-minutes-${prompt.key}`]}
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
      </div>
    </PageForm>
  );
}
