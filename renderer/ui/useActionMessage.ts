import { useState } from 'react';
import { WriteError } from '../db/writer';

export interface ActionMessage {
  tone: 'success' | 'error';
  text: string;
}

/** Runs a command and keeps a plain-words message about how it went; `run` says whether it went through. */
export function useActionMessage() {
  const [message, setMessage] = useState<ActionMessage | null>(null);
  const run = async (action: () => Promise<unknown>, success?: string): Promise<boolean> => {
    try {
      await action();
      setMessage(success === undefined ? null : { tone: 'success', text: success });
      return true;
    } catch (error) {
      setMessage({
        tone: 'error',
        text:
          error instanceof WriteError
            ? error.message
            : 'That could not be done. Nothing was changed. Try again.',
      });
      return false;
    }
  };
  return { message, run };
}
