/**
 * The NHS number's own check: ten digits, the last a check digit from the first nine (modulus 11). A mistyped
 * digit or two swapped digits almost always fail it, which is why the case page asks before keeping such a number.
 */

/** The ten digits of an NHS number typed with or without spaces or dashes ("943 476 5919"), or null. */
export function nhsDigits(typed: string): string | null {
  const digits = typed.replace(/[\s-]/g, '');
  return /^\d{10}$/.test(digits) ? digits : null;
}

export function isNhsNumber(typed: string): boolean {
  const digits = nhsDigits(typed);
  if (digits === null) return false;
  let sum = 0;
  for (let i = 0; i < 9; i += 1) sum += Number(digits[i]) * (10 - i);
  const check = 11 - (sum % 11);
  if (check === 10) return false;
  return (check === 11 ? 0 : check) === Number(digits[9]);
}

/** Shown as the NHS prints it: 943 476 5919. */
export function showNhsNumber(typed: string): string {
  const digits = nhsDigits(typed);
  return digits === null ? typed : `${digits.slice(0, 3)} ${digits.slice(3, 6)} ${digits.slice(6)}`;
}
