import { describe, expect, it, vi } from 'vitest';
import { filterForName } from './dialogs';

vi.mock('electron', () => ({ app: {}, dialog: {} }));

describe('save dialog file types', () => {
  it('offers the type that matches the suggested name so its extension is kept', () => {
    expect(filterForName('cases.csv')).toEqual([{ name: 'Spreadsheet (CSV)', extensions: ['csv'] }]);
    expect(filterForName('Team North.joinedup')).toEqual([
      { name: 'Joined Up file', extensions: ['joinedup'] },
    ]);
    expect(filterForName('board.PDF')).toEqual([{ name: 'PDF document', extensions: ['pdf'] }]);
    expect(filterForName('notes.txt')).toEqual([{ name: 'TXT file', extensions: ['txt'] }]);
  });

  it('offers no type filter for a name without an extension', () => {
    expect(filterForName('notes')).toEqual([]);
  });
});
