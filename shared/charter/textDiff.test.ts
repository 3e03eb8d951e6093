import { describe, expect, it } from 'vitest';
import { compareProcedureText } from './textDiff';

describe('comparing two versions of a procedure', () => {
  it('compares the text as it reads, without the marks it is written with', () => {
    const changes = compareProcedureText(
      '# Referrals\n- Call the duty line\n- Write it down',
      '# Referrals\n- Call the duty line\n- Write it down\n- Tell the lead professional',
    );
    expect(changes).toEqual([
      { change: 'same', part: { kind: 'heading', level: 1, text: 'Referrals' } },
      { change: 'same', part: { kind: 'item', ordered: false, text: 'Call the duty line' } },
      { change: 'same', part: { kind: 'item', ordered: false, text: 'Write it down' } },
      { change: 'added', part: { kind: 'item', ordered: false, text: 'Tell the lead professional' } },
    ]);
  });

  it('shows a paragraph rewritten in place as changed, with the words taken out and added', () => {
    const [change] = compareProcedureText(
      'Share the plan within 5 working days.',
      'Share the plan within 3 working days.',
    );
    expect(change).toMatchObject({ change: 'changed', part: { kind: 'paragraph' } });
    expect(change?.change === 'changed' ? change.words : []).toEqual([
      { change: 'same', text: 'Share the plan within ' },
      { change: 'removed', text: '5' },
      { change: 'added', text: '3' },
      { change: 'same', text: ' working days.' },
    ]);
  });

  it('shows a paragraph replaced by a different one as taken out and added', () => {
    expect(
      compareProcedureText('Phone the school first.', 'Email the social worker.').map((c) => c.change),
    ).toEqual(['removed', 'added']);
  });

  it('finds nothing changed when only the way it is written changed', () => {
    const changes = compareProcedureText('- one\n- two', '* one\n* two');
    expect(changes.every((change) => change.change === 'same')).toBe(true);
  });
});
