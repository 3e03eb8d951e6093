import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { makeReceipt } from '../../../tests/factories/receipts';
import { renderWithTestTeam } from '../../../tests/factories/renderWithTestTeam';
import { makeTestTeam } from '../../../tests/factories/testTeam';
import { ExchangesList } from './ExchangesList';

/** `perDay` change files a day from each of two PCs, for `days` days up to 4 December 2026. */
function folderDays(days: number, perDay: number) {
  const receipts = [];
  for (let day = 0; day < days; day += 1) {
    for (let file = 0; file < perDay; file += 1) {
      const at = new Date(2026, 11, 4 - day, 17, 0 - file).toISOString();
      receipts.push(
        makeReceipt({ importedAt: at, fromDeviceId: 'front', fromDeviceName: 'Front office PC', changes: 2 }),
        makeReceipt({ importedAt: at, fromDeviceId: 'laptop', fromDeviceName: 'Health visitor laptop' }),
      );
    }
  }
  return receipts;
}

async function showList(receipts: ReturnType<typeof makeReceipt>[]) {
  const team = await makeTestTeam();
  await team.db.receipts.bulkAdd(receipts);
  await renderWithTestTeam(<ExchangesList />, team);
  return screen.findByRole('table', { name: 'Files brought in, the newest first' });
}

const rows = (table: HTMLElement) => within(table).getAllByRole('row').slice(1);

describe('files brought in', () => {
  it('says how many there are and shows the newest page, each PC’s files of a day on one row', async () => {
    const table = await showList(folderDays(3, 30));
    expect(
      screen.getByText(/This PC has brought in 180 files\. The newest 50 are below\./),
    ).toBeInTheDocument();
    // The newest 50 files: 25 from each PC, all on 4 December.
    expect(rows(table)).toHaveLength(2);
    const front = within(table).getByRole('row', { name: /Front office PC/ });
    expect(front).toHaveTextContent('25 files');
    expect(front).toHaveTextContent(/50\s*0$/);
  });

  it('shows older files a page at a time, and says when all are shown', async () => {
    const table = await showList(folderDays(3, 30));
    const older = screen.getByRole('button', { name: 'Show older files' });
    await userEvent.click(older);
    expect(await screen.findByText(/The newest 100 are below\./)).toBeInTheDocument();
    await userEvent.click(older);
    await userEvent.click(older);
    const summary = await screen.findByText(/This PC has brought in 180 files\. All are below\./);
    expect(screen.queryByRole('button', { name: 'Show older files' })).not.toBeInTheDocument();
    // Focus moves to the summary once the button has gone, just after the summary says so.
    await waitFor(() => expect(summary).toHaveFocus());
    expect(rows(table)).toHaveLength(6);
  });

  it('shows a file carried in by hand on its own row, with when it was saved', async () => {
    const table = await showList([
      makeReceipt({
        fromDeviceName: 'Sam’s laptop',
        createdAt: '2026-12-01T09:30:00',
        importedAt: '2026-12-02T10:00:00',
      }),
    ]);
    expect(screen.getByText(/This PC has brought in 1 file\. All are below\./)).toBeInTheDocument();
    expect(rows(table)[0]).toHaveTextContent('1 file, saved 1 December 2026 at 09:30');
    expect(screen.queryByRole('button', { name: 'Show older files' })).not.toBeInTheDocument();
  });
});
