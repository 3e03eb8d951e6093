/** Writing the team's own reflection templates (leaders only; the screens check `manage-templates`). */
import type { Prompt, TemplateKind } from '../../../../shared/domain/reflection';
import type { BuiltInTemplate } from '../../../../shared/reflection/templates';
import { copyName } from '../../../../shared/reflection/templates';
import { createRecord, deleteRecord, updateRecord, type WriteContext } from '../../../db/writer';

export type TemplateFields = {
  name: string;
  description: string;
  kind: TemplateKind;
  prompts: Prompt[];
};

/** Copies a built-in template (or one of the team's) so the team can change it. Returns the copy's id. */
export function copyTemplate(
  writer: WriteContext,
  source: Pick<BuiltInTemplate, 'name' | 'description' | 'kind' | 'prompts'> & { key?: string },
): Promise<string> {
  return createRecord(writer, 'reflectionTemplates', {
    name: copyName(source.name),
    description: source.description,
    kind: source.kind,
    prompts: source.prompts.map((prompt) => ({ ...prompt })),
    copiedFrom: source.key ?? null,
  });
}

export function createTemplate(writer: WriteContext, fields: TemplateFields): Promise<string> {
  return createRecord(writer, 'reflectionTemplates', { ...fields, copiedFrom: null });
}

/** Saves the whole template: the prompts are replaced as one list. */
export function saveTemplate(writer: WriteContext, id: string, fields: TemplateFields): Promise<boolean> {
  return updateRecord(writer, 'reflectionTemplates', id, fields);
}

export function deleteTemplate(writer: WriteContext, id: string): Promise<boolean> {
  return deleteRecord(writer, 'reflectionTemplates', id);
}
