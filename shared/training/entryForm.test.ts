import { describe, expect, it } from 'vitest';
import { attendanceTooEarly, checkEntryDraft, emptyDraft, type EntryDraft } from './entryForm';

const TODAY = '2026-06-15';

function draft(overrides: Partial<EntryDraft> = {}): EntryDraft {
  return {
    ...emptyDraft(TODAY),
    title: 'Joint course',
    type: 'joint',
    hours: '6',
    participatoryHours: '3',
    ...overrides,
  };
}

describe('checking a training entry form', () => {
  it('accepts a complete entry and turns typed numbers into hours', () => {
    const result = checkEntryDraft(draft({ hours: '2.5', participatoryHours: '' }), 'done', TODAY);
    expect(result).toMatchObject({ ok: true, fields: { hours: 2.5, participatoryHours: 0, type: 'joint' } });
  });

  it('refuses participatory hours above the hours, on the participatory field', () => {
    const result = checkEntryDraft(draft({ hours: '2', participatoryHours: '3' }), 'done', TODAY);
    expect(result).toEqual({
      ok: false,
      errors: { participatoryHours: 'Participatory hours cannot be more than the hours of the training.' },
    });
  });

  it('refuses zero, words and more than 100 hours', () => {
    for (const hours of ['0', 'two', '', '100.5', '-1']) {
      const result = checkEntryDraft(draft({ hours, participatoryHours: '' }), 'done', TODAY);
      expect(result.ok, hours).toBe(false);
      if (!result.ok) expect(result.errors.hours, hours).toBeTruthy();
    }
    expect(checkEntryDraft(draft({ hours: '100', participatoryHours: '' }), 'done', TODAY).ok).toBe(true);
  });

  it('keeps done training in the past and planned events in the future', () => {
    const future = checkEntryDraft(draft({ date: '2026-06-16' }), 'done', TODAY);
    expect(future.ok).toBe(false);
    const past = checkEntryDraft(draft({ date: '2026-06-14' }), 'planned', TODAY);
    expect(past.ok).toBe(false);
    expect(checkEntryDraft(draft({ date: '2026-02-30' }), 'done', TODAY).ok).toBe(false);
  });

  it('needs a title, a type and sensible counts of people from outside the team', () => {
    const result = checkEntryDraft(
      draft({ title: ' ', type: '', externalAttendees: [{ profession: 'GP', count: 'some' }] }),
      'done',
      TODAY,
    );
    expect(result.ok).toBe(false);
    if (!result.ok) expect(Object.keys(result.errors).sort()).toEqual(['externalAttendees', 'title', 'type']);
    const fine = checkEntryDraft(
      draft({
        externalAttendees: [
          { profession: 'GP', count: '2' },
          { profession: '', count: '' },
        ],
      }),
      'done',
      TODAY,
    );
    expect(fine).toMatchObject({ ok: true, fields: { externalAttendees: [{ profession: 'GP', count: 2 }] } });
  });

  it('lets a planned event whose day has passed be corrected when the date rule is set aside', () => {
    expect(checkEntryDraft(draft({ date: '2026-06-01' }), null, TODAY).ok).toBe(true);
    expect(checkEntryDraft(draft({ date: '2026-06-01', hours: '0' }), null, TODAY).ok).toBe(false);
  });

  it('will not mark attendance of an event before its day', () => {
    expect(attendanceTooEarly('2026-06-16', TODAY)).toMatch(/has not happened yet/);
    expect(attendanceTooEarly('2026-06-15', TODAY)).toBeNull();
  });
});
