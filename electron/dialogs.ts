/** The open and save dialogs the person uses for bundles, exports and printed PDFs. */
import { app, dialog, type BrowserWindow, type FileFilter } from 'electron';
import { basename, join } from 'node:path';
import type { OpenedFile, SaveResult } from '../shared/api/appApi';
import { BUNDLE_EXTENSION } from './bundleArgs';
import { readBundleFile, writeFileAtomic } from './fileAccess';

export const BUNDLE_FILTER: FileFilter = { name: 'Joined Up file', extensions: [BUNDLE_EXTENSION.slice(1)] };
export const PDF_FILTER: FileFilter = { name: 'PDF document', extensions: ['pdf'] };

export async function chooseAndReadBundle(window: BrowserWindow): Promise<OpenedFile | null> {
  const result = await dialog.showOpenDialog(window, {
    title: 'Open a Joined Up file',
    properties: ['openFile'],
    filters: [BUNDLE_FILTER],
  });
  const path = result.filePaths[0];
  if (result.canceled || !path) return null;
  return readBundleFile(path);
}

/** A filter matching the suggested name's extension, so the dialog keeps it (for example .csv or .txt). */
export function filterForName(suggestedName: string): FileFilter[] {
  const match = /\.([A-Za-z0-9]{1,10})$/.exec(suggestedName);
  const extension = match?.[1]?.toLowerCase();
  if (!extension) return [];
  if (extension === 'csv') return [{ name: 'Spreadsheet (CSV)', extensions: ['csv'] }];
  if (extension === 'joinedup') return [BUNDLE_FILTER];
  if (extension === 'pdf') return [PDF_FILTER];
  return [{ name: `${extension.toUpperCase()} file`, extensions: [extension] }];
}

export async function chooseAndSave(
  window: BrowserWindow,
  suggestedName: string,
  data: Uint8Array | string,
): Promise<SaveResult> {
  const result = await dialog.showSaveDialog(window, {
    defaultPath: join(app.getPath('documents'), suggestedName),
    filters: filterForName(suggestedName),
  });
  if (result.canceled || !result.filePath) return { saved: false, reason: 'cancelled' };
  const name = basename(result.filePath);
  try {
    await writeFileAtomic(result.filePath, data);
    return { saved: true, name };
  } catch (error) {
    console.error('Saving failed', error);
    return {
      saved: false,
      reason: 'failed',
      message: `"${name}" could not be saved. Check there is space and that you can save in that folder, then try again.`,
    };
  }
}
