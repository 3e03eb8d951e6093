/** Receipts of files brought in, as the import stores them, for the "Files brought in" tests. */
import { newId } from '../../shared/sync/record';
import type { ReceiptRow } from '../../renderer/db/teamDb';

export interface ReceiptOptions {
  fromDeviceId?: string;
  fromDeviceName?: string;
  fromPersonName?: string;
  importedAt?: string;
  createdAt?: string;
  /** Records new or changed in the file, all counted in the cases table. */
  changes?: number;
  decisions?: number;
}

export function makeReceipt(options: ReceiptOptions = {}): ReceiptRow {
  const importedAt = options.importedAt ?? '2026-12-04T14:03:00';
  return {
    bundleId: newId(),
    fromDeviceId: options.fromDeviceId ?? 'front-office-device',
    ...(options.fromDeviceName === undefined ? {} : { fromDeviceName: options.fromDeviceName }),
    fromPersonId: newId(),
    fromPersonName: options.fromPersonName ?? 'Sam Okafor',
    createdAt: options.createdAt ?? importedAt,
    importedAt,
    counts: {
      cases: { added: 0, changed: options.changes ?? 1, unchanged: 0, decisions: options.decisions ?? 0 },
    },
  };
}
