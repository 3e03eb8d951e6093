import { useState } from 'react';
import { TEMPLATE_KIND_LABELS } from '../../../../shared/domain/reflection';
import { can } from '../../../../shared/domain/roles';
import { BUILT_IN_TEMPLATES, builtInTemplate } from '../../../../shared/reflection/templates';
import { hrefFor, navigate } from '../../../app/router/hashRoute';
import { usePerson } from '../../../app/team/usePerson';
import { useWriter } from '../../../app/team/useWriter';
import { Banner } from '../../../ui/Banner';
import { PageHeader } from '../../../ui/PageHeader';
import { NotFound } from '../NotFound';
import { copyTemplate, deleteTemplate } from './templateCommands';
import { useTeamTemplates } from './useTeamTemplates';

/** The built-in templates and the team's own; leaders copy, edit and write templates. */
export function TemplatesPage() {
  const person = usePerson();
  const writer = useWriter();
  const templates = useTeamTemplates();
  const mayManage = can(person, 'manage-templates');
  const [message, setMessage] = useState<string | null>(null);

  const copy = async (key: string) => {
    const source = builtInTemplate(key);
    if (!source) return;
    const id = await copyTemplate(writer, source);
    navigate('reflection', 'templates', id);
  };

  return (
    <>
      <PageHeader
        title="Reflection templates"
        action={
          mayManage && { label: 'Write a new template', href: hrefFor('reflection', 'templates', 'new') }
        }
      />
      <p>
        <a href={hrefFor('reflection')}>All sessions</a>
      </p>
      {!mayManage && (
        <Banner>
          <p>Team leaders can copy and change templates. You can use any of them to plan a session.</p>
        </Banner>
      )}
      <div role="status">{message && <Banner tone="success">{message}</Banner>}</div>
      <h2>Built in</h2>
      <ul className="card-grid template-cards">
        {BUILT_IN_TEMPLATES.map((template) => (
          <li key={template.key} className="card">
            <h3>{template.name}</h3>
            <p>{template.description}</p>
            <p className="field__hint">{template.prompts.length} prompts</p>
            <div className="button-row">
              <a
                className="button button--secondary"
                href={hrefFor('reflection', 'templates', 'builtin', template.key)}
                aria-label={`View ${template.name}`}
              >
                View
              </a>
              {mayManage && (
                <button
                  type="button"
                  className="button button--secondary"
                  aria-label={`Copy and edit ${template.name}`}
                  onClick={() => void copy(template.key)}
                >
                  Copy and edit
                </button>
              )}
            </div>
          </li>
        ))}
      </ul>
      <h2>The team’s own</h2>
      {templates === undefined ? (
        <p>Loading templates…</p>
      ) : templates.length === 0 ? (
        <p>The team has no templates of its own yet.</p>
      ) : (
        <ul className="card-grid template-cards">
          {templates.map((template) => (
            <li key={template.id} className="card">
              <h3>{template.name}</h3>
              <p>{template.description}</p>
              <p className="field__hint">
                {TEMPLATE_KIND_LABELS[template.kind]} · {template.prompts.length} prompts
              </p>
              <div className="button-row">
                <a
                  className="button button--secondary"
                  href={hrefFor('reflection', 'templates', template.id)}
                  aria-label={`${mayManage ? 'Edit' : 'View'} ${template.name}`}
                >
                  {mayManage ? 'Edit' : 'View'}
                </a>
                {mayManage && (
                  <button
                    type="button"
                    className="button button--quiet"
                    aria-label={`Delete ${template.name}`}
                    onClick={() =>
                      void deleteTemplate(writer, template.id).then(() =>
                        setMessage(`${template.name} deleted. It can be brought back from Recently deleted.`),
                      )
                    }
                  >
                    Delete
                  </button>
                )}
              </div>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

/** A built-in template's prompts, read only. */
export function BuiltInTemplateView({ templateKey }: { templateKey: string }) {
  const template = builtInTemplate(templateKey);
  if (!template) return <NotFound what="This template" />;
  return (
    <>
      <PageHeader title={template.name} />
      <p>
        <a href={hrefFor('reflection', 'templates')}>All templates</a>
      </p>
      <p>{template.description}</p>
      <ol className="prompt-list">
        {template.prompts.map((prompt) => (
          <li key={prompt.text}>
            <strong>{prompt.text}</strong>
            {prompt.minutes !== null && <span className="field__hint"> ({prompt.minutes} min)</span>}
            <p className="field__hint">{prompt.guidance}</p>
          </li>
        ))}
      </ol>
    </>
  );
}
