import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { WriteError } from '../../db/writer';
import { FormFrame } from './FormFrame';
import { SelectField } from './SelectField';
import { TextField } from './TextField';
import { useFormField } from './useFormField';
import { useSaveForm } from './useSaveForm';
import { openFormThatSaves } from '../../../tests/factories/screenSteps';

/** A form whose fields are bound the way the app's forms bind them. */
function PlaceForm({ save }: { save: (place: { name: string; kind: string }) => Promise<unknown> }) {
  const form = useSaveForm('place-');
  const name = useFormField(form, 'name', '');
  const kind = useFormField(form, 'kind', 'school');
  return (
    <FormFrame
      title="Add a place"
      form={form}
      submitLabel="Save the place"
      onSubmit={() =>
        void form.run(
          () => ({ [name.id]: name.value.trim() === '' ? 'Enter the name of the place.' : undefined }),
          () => save({ name: name.value, kind: kind.value }),
        )
      }
    >
      <TextField {...name} label="Name" />
      <SelectField
        {...kind}
        label="Kind"
        options={[
          { value: 'school', label: 'School' },
          { value: 'surgery', label: 'Surgery' },
        ]}
      />
    </FormFrame>
  );
}

describe('a field bound to its form', () => {
  it('saves what the person typed and chose', async () => {
    const { user, save } = openFormThatSaves((save) => <PlaceForm save={save} />);
    await user.type(screen.getByLabelText('Name'), 'Bridge Street Surgery');
    await user.selectOptions(screen.getByLabelText('Kind'), 'Surgery');
    await user.click(screen.getByRole('button', { name: 'Save the place' }));
    expect(save).toHaveBeenCalledWith({ name: 'Bridge Street Surgery', kind: 'surgery' });
  });

  it("shows the form's check beside the field it names", async () => {
    const { user } = openFormThatSaves((save) => <PlaceForm save={save} />);
    await user.click(screen.getByRole('button', { name: 'Save the place' }));
    expect(screen.getByLabelText('Name')).toHaveAccessibleDescription('Error: Enter the name of the place.');
  });

  it('shows a refused write beside the field the write names', async () => {
    const user = userEvent.setup();
    const refuse = () =>
      Promise.reject(new WriteError('Refused.', [{ field: 'kind', message: 'Choose a kind of place.' }]));
    render(<PlaceForm save={refuse} />);
    await user.type(screen.getByLabelText('Name'), 'Hill School');
    await user.click(screen.getByRole('button', { name: 'Save the place' }));
    expect(await screen.findByLabelText('Kind')).toHaveAccessibleDescription(
      'Error: Choose a kind of place.',
    );
  });
});
