import { describe, expect, it } from 'vitest';
import { parseProcedureText } from './procedureText';

describe('the procedure text format', () => {
  it('reads headings, paragraphs, bulleted and numbered lists', () => {
    const text = [
      '# Sharing information',
      'We share to keep children safe.',
      'This goes on the same paragraph.',
      '',
      '## When',
      '- With consent',
      '* When a child is at risk',
      '',
      '1. Check the basis',
      '2) Record it',
      '   on the case',
    ].join('\n');
    expect(parseProcedureText(text)).toEqual([
      { kind: 'heading', level: 1, text: 'Sharing information' },
      { kind: 'paragraph', text: 'We share to keep children safe. This goes on the same paragraph.' },
      { kind: 'heading', level: 2, text: 'When' },
      { kind: 'list', ordered: false, items: ['With consent', 'When a child is at risk'] },
      { kind: 'list', ordered: true, items: ['Check the basis', 'Record it on the case'] },
    ]);
  });

  it('keeps markup a person typed as plain text', () => {
    expect(parseProcedureText('<script>alert(1)</script>')).toEqual([
      { kind: 'paragraph', text: '<script>alert(1)</script>' },
    ]);
  });

  it('treats ### as a paragraph, not a heading it does not support', () => {
    expect(parseProcedureText('### Deep')).toEqual([{ kind: 'paragraph', text: '### Deep' }]);
  });
});
