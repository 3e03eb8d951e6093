export interface ElectronProgram {
  path: string | null;
  distDir: string | null;
  version: string | null;
}
export function electronProgram(): ElectronProgram;
export function downloadElectronProgram(): boolean;
export function electronProgramOrDownload(): ElectronProgram;
export function explainMissingElectron(version: string | null, task?: string): void;
