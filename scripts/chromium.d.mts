export const NOT_FOUND: string;
export function findChromium(options?: {
  env?: Record<string, string | undefined>;
  platform?: string;
  fromPlaywright?: () => Promise<string | null>;
}): Promise<{ path: string; problem?: undefined } | { path: null; problem: string }>;
export function canInstallDebianChromium(options?: {
  env?: Record<string, string | undefined>;
  uid?: number;
}): boolean;
export function ensureChromium(): Promise<string | null>;
