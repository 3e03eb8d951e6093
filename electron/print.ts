/** Prints what the person is looking at to an A4 PDF, then asks where to keep it. */
import type { BrowserWindow, PrintToPDFOptions } from 'electron';
import type { SaveResult } from '../shared/api/appApi';
import { chooseAndSave } from './dialogs';

/**
 * A4 with the page's own colours and 1.5 cm margins (Electron counts them in inches). No header or footer:
 * Chromium's would print the page's file address and title on every sheet, which is more than the view shown. A
 * tagged PDF keeps headings and tables readable by a screen reader.
 */
export const PDF_OPTIONS = {
  pageSize: 'A4',
  printBackground: true,
  displayHeaderFooter: false,
  margins: { top: 0.6, bottom: 0.6, left: 0.6, right: 0.6 },
  generateTaggedPDF: true,
} as const satisfies PrintToPDFOptions;

export async function printToPdf(window: BrowserWindow, suggestedName: string): Promise<SaveResult> {
  let pdf: Uint8Array;
  try {
    pdf = await window.webContents.printToPDF(PDF_OPTIONS);
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
