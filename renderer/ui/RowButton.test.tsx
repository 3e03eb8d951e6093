import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { RowButton } from './RowButton';

describe('a row button', () => {
  it('shows its action, tells a screen reader which row it acts on, and acts when pressed', async () => {
    const onPress = vi.fn();
    render(
      <RowButton row="Family finances" onPress={onPress}>
        Rename
      </RowButton>,
    );
    const button = screen.getByRole('button', { name: 'Rename Family finances' });
    expect(button).toHaveClass('button--secondary');
    await userEvent.click(button);
    expect(onPress).toHaveBeenCalledTimes(1);
  });
});
