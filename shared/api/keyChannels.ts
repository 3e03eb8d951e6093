/**
 * The app API's requests about a team's data key, in the shape of one channel map entry each (name, arguments that
 * main parses before acting, the answer the preload checks before the interface sees it), so that they join the
 * app's channel map as they are.
 */
import { z } from 'zod';

/** A team's data key as base64: exactly 32 bytes, nothing else. */
export const dataKeyTextSchema = z
  .string()
  .regex(/^[A-Za-z0-9+/]{42}[AEIMQUYcgkosw048]=$/, 'That is not a team key.');

/**
 * What the operating system made of a data key, as base64: a short text (a sealed 32-byte key is under 200
 * bytes on every platform), never a file.
 */
export const osSealedKeySchema = z
  .string()
  .min(4)
  .max(4096)
  .regex(/^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/, 'That is not a kept key.');

export const keyChannels = {
  osProtectionAvailable: { name: 'keys:os-protection-available', args: z.tuple([]), result: z.boolean() },
  osProtect: { name: 'keys:os-protect', args: z.tuple([dataKeyTextSchema]), result: osSealedKeySchema },
  osUnprotect: {
    name: 'keys:os-unprotect',
    args: z.tuple([osSealedKeySchema]),
    result: dataKeyTextSchema.nullable(),
  },
} as const satisfies Record<string, { name: string; args: z.ZodTuple; result: z.ZodType }>;
