import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { DataTable } from './DataTable';

describe('a data table', () => {
  it('is named by its caption and reads each cell with its column, leaving out a column this person cannot use', () => {
    render(
      <DataTable
        caption="Deleted records"
        captionHidden
        columns={['What', { label: 'Posts', numeric: true }, { label: 'Actions', hidden: true }, false]}
        foot={
          <tr>
            <th scope="row">Total</th>
            <td>2</td>
            <td />
          </tr>
        }
      >
        <tr>
          <th scope="row">Ann’s case</th>
          <td>2</td>
          <td>
            <button type="button">Restore</button>
          </td>
        </tr>
      </DataTable>,
    );
    const table = screen.getByRole('table', { name: 'Deleted records' });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((header) => header.textContent),
    ).toEqual(['What', 'Posts', 'Actions']);
    expect(within(table).getByRole('columnheader', { name: 'Posts' })).toHaveClass('numeric');
    expect(
      within(table)
        .getAllByRole('rowheader')
        .map((header) => header.textContent),
    ).toEqual(['Ann’s case', 'Total']);
  });
});
