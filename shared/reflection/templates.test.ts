import { describe, expect, it } from 'vitest';
import { ENABLERS, promptSchema } from '../domain/reflection';
import { BUILT_IN_TEMPLATES, builtInTemplate, copyName, promptsForEnablers } from './templates';

describe('built-in templates', () => {
  it('offer the five kinds of session the team runs, each with valid prompts', () => {
    expect(BUILT_IN_TEMPLATES.map((template) => template.kind)).toEqual([
      'health-check',
      'communities-of-practice',
      'gibbs',
      'case',
      'procedures',
    ]);
    for (const template of BUILT_IN_TEMPLATES) {
      expect(template.prompts.length).toBeGreaterThan(2);
      for (const prompt of template.prompts) expect(promptSchema.safeParse(prompt).success).toBe(true);
    }
  });

  it('ask one question per enabler in the health check', () => {
    expect(builtInTemplate('health-check')?.prompts).toHaveLength(ENABLERS.length);
  });

  it('cover the six steps of the reflective cycle', () => {
    expect(builtInTemplate('gibbs')?.prompts).toHaveLength(6);
  });

  it('turn low-scoring enablers into prompts that say why they were chosen', () => {
    const prompts = promptsForEnablers(['communication', 'leadership']);
    expect(prompts.map((prompt) => prompt.guidance.split('.')[0])).toEqual([
      'Communication scored low in the last health check',
      'Leadership scored low in the last health check',
    ]);
  });

  it('name a copy so it is told apart from the original', () => {
    expect(copyName('Reflective cycle')).toBe('Reflective cycle (our version)');
  });
});
