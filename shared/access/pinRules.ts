/**
 * What makes an acceptable personal PIN. A PIN only unlocks the app on one PC for one person (the team's data is
 * protected by the team passphrase), so it is short, but not one of the few PINs a passer-by would try first.
 */
export const PIN_LENGTH = { min: 4, max: 8 } as const;

function isRun(pin: string, step: 1 | -1): boolean {
  for (let index = 1; index < pin.length; index += 1) {
    if (pin.charCodeAt(index) - pin.charCodeAt(index - 1) !== step) return false;
  }
  return true;
}

/** Plain words for what is wrong with a new PIN, or null when it is acceptable. */
export function pinProblem(pin: string): string | null {
  if (pin === '') return 'Enter a PIN.';
  if (!/^\d+$/.test(pin)) return 'Use numbers only, with no spaces or letters.';
  if (pin.length < PIN_LENGTH.min || pin.length > PIN_LENGTH.max) {
    return `Use ${PIN_LENGTH.min} to ${PIN_LENGTH.max} numbers.`;
  }
  if (/^(\d)\1+$/.test(pin)) return 'Do not use the same number over and over, like 1111.';
  if (isRun(pin, 1) || isRun(pin, -1)) return 'Do not use numbers in a row, like 1234 or 4321.';
  return null;
}

export interface NewPinErrors {
  pin?: string;
  again?: string;
}

/** Checks a PIN typed twice when setting it. */
export function newPinProblems(pin: string, again: string): NewPinErrors {
  const errors: NewPinErrors = {};
  const problem = pinProblem(pin);
  if (problem) errors.pin = problem;
  if (again === '') errors.again = 'Type your PIN again.';
  else if (!problem && again !== pin) errors.again = 'The two PINs are different. Type them again.';
  return errors;
}
