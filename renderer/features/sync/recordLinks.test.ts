import { describe, expect, it } from 'vitest';
import { TABLES } from '../../../shared/domain/registry';
import { rulesOf } from '../../../shared/domain/recordRules';
import { newEnvelope } from '../../../tests/factories/records';
import { settleHref } from './recordLinks';

describe('where a person settles a clash', () => {
  it('is a page of the app for every kind of record whose rules can clash', () => {
    const withoutPage: string[] = [];
    for (const def of TABLES) {
      if (rulesOf(def.name).length === 0) continue;
      // Only the links a record of this kind really holds: a case's or a session's id where it has one.
      const holds = (field: string) => Object.hasOwn(def.schema.shape, field);
      const record = {
        ...newEnvelope(),
        ...(holds('caseId') ? { caseId: 'case-1' } : {}),
        ...(holds('sessionId') ? { sessionId: 'session-1' } : {}),
      };
      if (!settleHref(def.name, record)?.startsWith('#/')) withoutPage.push(def.name);
    }
    expect(withoutPage).toEqual([]);
  });

  it('is the roles page for a personal password, where a leader sees who has set one', () => {
    expect(settleHref('passwords', newEnvelope())).toBe('#/settings/roles');
  });
});
