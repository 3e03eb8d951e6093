import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { SummaryList, SummaryRow } from './SummaryList';

describe('a summary list', () => {
  it('pairs each value with its term, and keeps a row’s actions beside it', () => {
    render(
      <SummaryList>
        <SummaryRow term="Stage">Assessment</SummaryRow>
        <SummaryRow term="Next review" actions={<button type="button">Change next review date</button>}>
          3 March 2026
        </SummaryRow>
      </SummaryList>,
    );
    expect(screen.getAllByRole('term').map((term) => term.textContent)).toEqual(['Stage', 'Next review']);
    const values = screen.getAllByRole('definition');
    expect(values.map((value) => value.textContent)).toEqual([
      'Assessment',
      '3 March 2026',
      'Change next review date',
    ]);
    const [, , actions] = values;
    if (!actions) throw new Error('The row with actions has no actions.');
    expect(within(actions).getByRole('button', { name: 'Change next review date' })).toBeVisible();
  });
});
