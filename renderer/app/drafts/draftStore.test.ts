import { beforeEach, describe, expect, it } from 'vitest';
import {
  draftValue,
  dropDraft,
  forgetAllDrafts,
  forgetStaleDrafts,
  keepDraftValue,
  placeOf,
  keepPlace,
} from './draftStore';

const HOUR = 3_600_000;
const sam = { teamId: 't1', personId: 'sam' };
const ali = { teamId: 't1', personId: 'ali' };

beforeEach(forgetAllDrafts);

describe('the drafts kept in memory', () => {
  it('keeps each person’s text apart, by form and field', () => {
    keepDraftValue(sam, 'view:c1', 'text', 'Mum said she is scared', 0);
    expect(draftValue(sam, 'view:c1', 'text', HOUR, 10)).toEqual({ value: 'Mum said she is scared' });
    expect(draftValue(ali, 'view:c1', 'text', HOUR, 10)).toBeUndefined();
    expect(draftValue(sam, 'view:c2', 'text', HOUR, 10)).toBeUndefined();
    expect(draftValue({ teamId: 't2', personId: 'sam' }, 'view:c1', 'text', HOUR, 10)).toBeUndefined();
  });

  it('forgets a form once it is saved or cancelled, and everything left longer than the team keeps it', () => {
    keepDraftValue(sam, 'view:c1', 'text', 'one', 0);
    keepDraftValue(sam, 'chronology:c1', 'text', 'two', 0);
    dropDraft(sam, 'view:c1');
    expect(draftValue(sam, 'view:c1', 'text', HOUR, 10)).toBeUndefined();
    expect(draftValue(sam, 'chronology:c1', 'text', 8 * HOUR, 8 * HOUR)).toEqual({ value: 'two' });
    expect(draftValue(sam, 'chronology:c1', 'text', 8 * HOUR, 8 * HOUR + 1)).toBeUndefined();

    keepDraftValue(ali, 'view:c1', 'text', 'three', 0);
    keepPlace(ali, '#/board/case/c1', 0);
    forgetStaleDrafts(HOUR, HOUR + 1);
    expect(draftValue(ali, 'view:c1', 'text', 8 * HOUR, HOUR + 1)).toBeUndefined();
    expect(placeOf(ali, 8 * HOUR, HOUR + 1)).toBeNull();
  });
});
