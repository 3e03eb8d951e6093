import { describe, expect, it } from 'vitest';
import { makeReceipt } from '../../../tests/factories/receipts';
import { groupReceipts } from './receiptGroups';

describe('files brought in, one row per PC per day', () => {
  it('counts the files one PC left on one day together, with their changes and decisions', () => {
    const groups = groupReceipts([
      makeReceipt({ importedAt: '2026-12-04T14:03:00', fromDeviceName: 'Front office PC', changes: 2 }),
      makeReceipt({
        importedAt: '2026-12-04T11:00:00',
        fromDeviceName: 'Front office PC',
        changes: 3,
        decisions: 1,
      }),
      makeReceipt({ importedAt: '2026-12-04T09:12:00', fromDeviceName: 'Front office PC', changes: 1 }),
    ]);
    expect(groups).toHaveLength(1);
    expect(groups[0]).toMatchObject({
      fromDeviceName: 'Front office PC',
      files: 3,
      changes: 6,
      decisions: 1,
      lastImportedAt: '2026-12-04T14:03:00',
    });
  });

  it('keeps different PCs and different days apart, the newest first', () => {
    const groups = groupReceipts([
      makeReceipt({ importedAt: '2026-12-04T14:00:00', fromDeviceId: 'pc-a' }),
      makeReceipt({ importedAt: '2026-12-04T13:00:00', fromDeviceId: 'pc-b' }),
      makeReceipt({ importedAt: '2026-12-04T12:00:00', fromDeviceId: 'pc-a' }),
      makeReceipt({ importedAt: '2026-12-03T12:00:00', fromDeviceId: 'pc-a' }),
    ]);
    expect(groups.map((group) => [group.fromDeviceId, group.day, group.files])).toEqual([
      ['pc-a', '2026-12-04', 2],
      ['pc-b', '2026-12-04', 1],
      ['pc-a', '2026-12-03', 1],
    ]);
  });

  it('names each person who saved the files once, the latest first', () => {
    const [group] = groupReceipts([
      makeReceipt({ fromPersonName: 'Priya Shah' }),
      makeReceipt({ fromPersonName: 'Sam Okafor' }),
      makeReceipt({ fromPersonName: 'Priya Shah' }),
    ]);
    expect(group?.people).toEqual(['Priya Shah', 'Sam Okafor']);
  });
});
