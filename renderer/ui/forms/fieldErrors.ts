import type { z } from 'zod';

/** Field id → plain-words message. The ids are the inputs' DOM ids so the error summary can link to them. */
export type FieldErrors = Partial<Record<string, string>>;

/** Turns a zod error into one message per field (the first for each), keyed by the top-level field name. */
export function fieldErrorsFromZod(error: z.ZodError, idPrefix = ''): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? 'form');
    const id = `${idPrefix}${field}`;
    errors[id] ??= issue.message;
  }
  return errors;
}

export function hasErrors(errors: FieldErrors): boolean {
  return Object.values(errors).some(Boolean);
}
