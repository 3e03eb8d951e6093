import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { SelectField } from './SelectField';
import { TextField } from './TextField';

const noop = () => undefined;

describe('a form field', () => {
  it('is read with its hint and its error, and is marked as needing a change', () => {
    render(
      <TextField
        id="stage-name"
        label="Name of the stage"
        hint="For example, Assessment."
        value=""
        onChange={noop}
        error="Enter a name for the stage."
      />,
    );
    const box = screen.getByRole('textbox', { name: 'Name of the stage' });
    expect(box).toHaveAccessibleDescription('For example, Assessment. Error: Enter a name for the stage.');
    expect(box).toBeInvalid();
  });

  it('says nothing of an error while there is none', () => {
    render(
      <SelectField
        id="agency"
        label="Agency"
        value=""
        options={[{ value: 'a', label: 'Health visiting' }]}
        onChange={noop}
      />,
    );
    const box = screen.getByRole('combobox', { name: 'Agency' });
    expect(box).not.toHaveAttribute('aria-describedby');
    expect(box).toBeValid();
    expect(screen.queryByText(/Error:/)).not.toBeInTheDocument();
  });
});
