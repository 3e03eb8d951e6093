import { useState } from 'react';
import { WriteError } from '../../db/writer';

export interface ActionMessage {
  tone: 'success' | 'error';
  text: string;
}

/** Runs a command and keeps a plain-words message about how it went. */
export function useActionMessage() {
  const [message, setMessage] = useState<ActionMessage | null>(null);
  const run = async (action: () => Promise<unknown>, success: string) => {
    try {
      await action();
      setMessage({ tone: 'success', text: success });
    } catch (error) {
      setMessage({
        tone: 'error',
        text:
          error instanceof WriteError
            ? error.message
            : 'That could not be done. Nothing was changed. Try again.',
      });
    }
  };
  return { message, run };
}
