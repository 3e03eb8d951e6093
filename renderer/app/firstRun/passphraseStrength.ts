/**
 * A plain-words strength hint for the team passphrase. The passphrase is what keeps every shared file closed to
 * anyone outside the team, so we ask for length (several words) rather than symbols nobody remembers.
 */
export const MIN_PASSPHRASE_LENGTH = 12;

export type Strength = 'too-short' | 'weak' | 'fair' | 'strong';

export interface StrengthHint {
  strength: Strength;
  label: string;
  advice: string;
}

const COMMON = [
  'password',
  'passphrase',
  'joinedup',
  'joined up',
  '123456',
  'qwerty',
  'letmein',
  'welcome',
  'team',
];

export function passphraseStrength(passphrase: string): StrengthHint {
  const length = [...passphrase].length;
  if (length < MIN_PASSPHRASE_LENGTH) {
    return {
      strength: 'too-short',
      label: 'Too short',
      advice: `Use at least ${MIN_PASSPHRASE_LENGTH} characters. Three or four unrelated words work well.`,
    };
  }
  const lower = passphrase.toLowerCase();
  const words = passphrase
    .trim()
    .split(/[\s\-_.]+/)
    .filter((word) => word.length >= 3).length;
  const distinct = new Set(lower).size;
  const classes = [/[a-z]/, /[A-Z]/, /\d/, /[^A-Za-z\d]/].filter((pattern) =>
    pattern.test(passphrase),
  ).length;
  if (COMMON.some((word) => lower.includes(word)) || distinct < 6) {
    return {
      strength: 'weak',
      label: 'Weak',
      advice: 'It uses a common word or repeats itself. Choose words nobody would guess.',
    };
  }
  if (length >= 20 || (words >= 4 && length >= 16) || (length >= 16 && classes >= 3)) {
    return {
      strength: 'strong',
      label: 'Strong',
      advice: 'A good passphrase. Share it with the team in person.',
    };
  }
  return { strength: 'fair', label: 'Fair', advice: 'Good enough, but another word would make it stronger.' };
}
