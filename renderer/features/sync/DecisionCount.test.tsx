import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { DecisionBadge } from './DecisionCount';

function inLink(count: number) {
  render(
    <a href="#/sync">
      <span>Share and receive</span>
      <DecisionBadge count={count} />
    </a>,
  );
  return screen.getByRole('link');
}

describe('the count beside Share and receive', () => {
  it('shows nothing when no difference waits', () => {
    expect(inLink(0)).toHaveAccessibleName('Share and receive');
  });

  it('names one difference in the singular', () => {
    const link = inLink(1);
    expect(link).toHaveAccessibleName(/^Share and receive\W+1 difference needs a decision$/);
    expect(link.querySelector('.nav-count')).toHaveTextContent(/^1$/);
  });

  it('shows 99 as it is', () => {
    expect(inLink(99).querySelector('.nav-count')).toHaveTextContent(/^99$/);
  });

  it('shows "99+" for a larger count, while a screen reader hears the exact number', () => {
    const link = inLink(1234);
    expect(link.querySelector('.nav-count')).toHaveTextContent(/^99\+$/);
    expect(link).toHaveAccessibleName(/^Share and receive\W+1234 differences need a decision$/);
  });
});
