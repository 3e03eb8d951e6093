import { pcNameSchema } from '../../../shared/api/settings';

/** The name as it will be kept, or what is wrong with it in plain words. */
export function checkPcName(typed: string): { ok: true; name: string } | { ok: false; message: string } {
  const parsed = pcNameSchema.safeParse(typed);
  if (parsed.success) return { ok: true, name: parsed.data };
  return { ok: false, message: parsed.error.issues[0]?.message ?? 'Enter a name for this PC.' };
}
