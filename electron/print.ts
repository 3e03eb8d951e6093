/** Prints what the person is looking at to an A4 PDF, then asks where to keep it. */
import type { BrowserWindow } from 'electron';
import type { SaveResult } from '../shared/api/appApi';
import { chooseAndSave } from './dialogs';

export async function printToPdf(window: BrowserWindow, suggestedName: string): Promise<SaveResult> {
  let pdf: Uint8Array;
  try {
    pdf = await window.webContents.printToPDF({ printBackground: true, pageSize: 'A4' });
  } catch (error) {
    console.error('Printing failed', error);
    return {
      saved: false,
      reason: 'failed',
      message: 'This page could not be turned into a PDF. Please try again.',
    };
  }
  const name = suggestedName.toLowerCase().endsWith('.pdf') ? suggestedName : `${suggestedName}.pdf`;
  return chooseAndSave(window, name, pdf);
}
