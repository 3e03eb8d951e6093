import { screen } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { daysFromToday } from '../../../tests/factories/records';
import { FormFrame } from './FormFrame';
import { TextField } from './TextField';
import { useSaveForm } from './useSaveForm';
import { openFormThatSaves } from '../../../tests/factories/screenSteps';

/** A form with one review date, built the way the app's forms are. */
function ReviewForm({ save }: { save: (date: string) => Promise<unknown> }) {
  const form = useSaveForm('review-');
  const [date, setDate] = useState('');
  return (
    <FormFrame
      title="Set the review date"
      form={form}
      submitLabel="Save"
      focusOnOpen={false}
      onSubmit={() =>
        void form.run(
          () => ({}),
          () => save(date),
          [{ id: 'review-date', label: 'Review date', date: date === '' ? null : date }],
        )
      }
    >
      <TextField id="review-date" label="Review date" value={date} onChange={setDate} />
    </FormFrame>
  );
}

describe('a due or review date that has passed', () => {
  it('is questioned before it is saved, and saying no saves nothing and goes back to the date', async () => {
    const { user, save } = openFormThatSaves((save) => <ReviewForm save={save} />);
    await user.type(screen.getByLabelText('Review date'), daysFromToday(-3));
    await user.click(screen.getByRole('button', { name: 'Save' }));

    const question = screen.getByRole('group', { name: 'Warning: This date has passed. Save it anyway?' });
    expect(question).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'No, change the date' }));
    expect(save).not.toHaveBeenCalled();
    expect(screen.getByLabelText('Review date')).toHaveFocus();
    expect(screen.getByRole('button', { name: 'Save' })).toBeInTheDocument();
  });

  it('is saved when the person says yes', async () => {
    const { user, save } = openFormThatSaves((save) => <ReviewForm save={save} />);
    const passed = daysFromToday(-3);
    await user.type(screen.getByLabelText('Review date'), passed);
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await user.click(screen.getByRole('button', { name: 'Yes, save it' }));
    expect(save).toHaveBeenCalledWith(passed);
  });

  it('asks again when the date is changed to another that has passed', async () => {
    const { user, save } = openFormThatSaves((save) => <ReviewForm save={save} />);
    const field = screen.getByLabelText('Review date');
    await user.type(field, daysFromToday(-3));
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await user.click(screen.getByRole('button', { name: 'No, change the date' }));
    await user.clear(field);
    await user.type(field, daysFromToday(-10));
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(screen.getByRole('button', { name: 'Yes, save it' })).toBeInTheDocument();
    expect(save).not.toHaveBeenCalled();
  });

  it('is not questioned when it is today or later', async () => {
    const { user, save } = openFormThatSaves((save) => <ReviewForm save={save} />);
    await user.type(screen.getByLabelText('Review date'), daysFromToday(0));
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(save).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole('button', { name: 'Yes, save it' })).toBeNull();
  });
});
