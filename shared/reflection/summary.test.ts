import { describe, expect, it } from 'vitest';
import { sessionSummaryText, type SummaryInput } from './summary';

const input: SummaryInput = {
  title: 'March reflection',
  date: '3 March 2026',
  kind: 'Reflective cycle',
  facilitator: 'Ana Silva',
  caseReference: 'JU-0042',
  attended: ['Ana Silva', 'Ben Bell'],
  apologies: ['Cara Reid'],
  items: [
    { prompt: 'What happened?', minutes: 10, notes: 'Joint visit was late.\nFamily were upset.' },
    { prompt: 'What next?', minutes: null, notes: '' },
  ],
  decisions: ['Visits are booked by the lead professional.'],
  actions: [
    { text: 'Share the rota', owner: 'Ben Bell', due: '10 March 2026', status: 'open', dropReason: '' },
  ],
  carried: [{ text: 'Old idea', owner: '', due: '', status: 'dropped', dropReason: 'Overtaken' }],
};

describe('plain-text session summary', () => {
  it('reads as an email: who came, notes under each prompt, decisions and actions', () => {
    const text = sessionSummaryText(input);
    expect(text).toContain('Attended: Ana Silva, Ben Bell');
    expect(text).toContain('Apologies: Cara Reid');
    expect(text).toContain('Case: JU-0042');
    expect(text).toContain('1. What happened? (10 min)\n  Joint visit was late.\n  Family were upset.');
    expect(text).toContain('2. What next?\n  No notes.');
    expect(text).toContain('- Visits are booked by the lead professional.');
    expect(text).toContain('- Share the rota — owner: Ben Bell — due 10 March 2026 — open');
    expect(text).toContain('- Old idea — no owner yet — dropped (why: Overtaken)');
  });

  it('says plainly when there is nothing to report', () => {
    const text = sessionSummaryText({ ...input, decisions: [], actions: [], carried: [], apologies: [] });
    expect(text).toContain('No decisions recorded.');
    expect(text).toContain('No actions agreed.');
    expect(text).toContain('Apologies: none');
  });
});
