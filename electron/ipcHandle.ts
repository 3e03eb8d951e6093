/**
 * What the main side's request handlers share with the modules that register some of them (folderIpc.ts): the
 * shape of one registration and the one way to send an event to the window. Kept apart from ipc.ts, which
 * registers everything, so that those modules need not import it back.
 */
import type { BrowserWindow } from 'electron';
import type { z } from 'zod';
import { eventChannels, type EventChannel, type EventPayload } from '../shared/api/appApi';

/** One entry of the channel map: main parses the arguments with `args` and must answer what `result` describes. */
export interface InvokeSpec<Args extends z.ZodTuple, Result extends z.ZodType> {
  name: string;
  args: Args;
  result: Result;
}

/**
 * Registers one entry of the channel map: the sender is checked, then the arguments, before `run` is called, and
 * `run` must answer what the entry's `result` describes.
 */
export type Handle = <Args extends z.ZodTuple, Result extends z.ZodType>(
  spec: InvokeSpec<Args, Result>,
  run: (args: z.output<Args>, window: BrowserWindow) => z.input<Result> | Promise<z.input<Result>>,
) => void;

export function sendToWindow<E extends EventChannel>(
  window: BrowserWindow | null,
  channel: E,
  payload: EventPayload<E>,
): void {
  if (window && !window.isDestroyed()) window.webContents.send(eventChannels[channel].name, payload);
}
