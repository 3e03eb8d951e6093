import { describe, expect, it } from 'vitest';
import { makeAction, makeAim, makeMember } from '../../tests/factories/records';
import { makeTrainingEntry } from '../../tests/factories/training';
import { brokenRules, rulesBrokenBy, rulesOf, ruleById } from './recordRules';
import { TABLES } from './registry';

const ids = (rules: readonly { id: string }[]) => rules.map((rule) => rule.id);

describe('rules that tie the fields of one record together', () => {
  it('find a secondment that ends before it starts, and say the clash in plain words', () => {
    const member = makeMember({ secondmentStart: '2026-03-01', secondmentEnd: '2026-02-01' });
    const [broken] = brokenRules('members', member);
    expect(broken?.message).toBe('The secondment end must not be before its start.');
    expect(broken?.clash).toBe('Secondment ends before it starts: two changes made on different PCs');
    expect(brokenRules('members', { ...member, secondmentEnd: null })).toEqual([]);
  });

  it('find participatory hours above the hours of the training', () => {
    const entry = makeTrainingEntry({ hours: 2, participatoryHours: 3 });
    expect(ids(brokenRules('trainingEntries', entry))).toEqual(['participatory-within-hours']);
  });

  it('ask for an empty aim to be filled in while it is live, never on a deleted stub', () => {
    expect(ids(brokenRules('aims', makeAim({ text: ' ' })))).toEqual(['required-text']);
    expect(brokenRules('aims', makeAim({ text: '', deleted: true }))).toEqual([]);
  });

  it('want a case action to name its case and a session action its session', () => {
    expect(ids(brokenRules('actions', makeAction({ caseId: null })))).toEqual(['case-action-has-case']);
    expect(
      ids(brokenRules('actions', makeAction({ source: 'session', caseId: null, sessionId: null }))),
    ).toEqual(['session-action-has-session']);
  });

  it('hold an edit to a rule only when the edit changes one of its fields', () => {
    const member = makeMember({ secondmentStart: '2026-03-01', secondmentEnd: '2026-02-01' });
    expect(rulesBrokenBy('members', member, new Set(['phone']))).toEqual([]);
    expect(ids(rulesBrokenBy('members', member, new Set(['secondmentStart'])))).toEqual(['secondment-order']);
  });

  it('name only fields of their own table, with ids unique within it', () => {
    for (const def of TABLES) {
      const fields = Object.keys(def.schema.shape);
      const rules = rulesOf(def.name);
      expect(new Set(ids(rules)).size, def.name).toBe(rules.length);
      for (const rule of rules) {
        for (const field of [...rule.fields, rule.field])
          expect(fields, `${def.name}.${field}`).toContain(field);
        expect(ruleById(def.name, rule.id)).toBe(rule);
      }
    }
  });
});
