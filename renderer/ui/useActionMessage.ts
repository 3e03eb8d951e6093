import { useState } from 'react';
import { problemWords } from './problemWords';

export interface ActionMessage {
  tone: 'success' | 'error';
  text: string;
}

const FAILED = 'That could not be done. Nothing was changed. Try again.';

/**
 * Runs a command and keeps a plain-words message about how it went (show it with MessageBanner); `run` says
 * whether it went through. `failure` says what did not happen when the reason is not one written for people.
 */
export function useActionMessage() {
  const [message, setMessage] = useState<ActionMessage | null>(null);
  const run = async (
    action: () => Promise<unknown>,
    success?: string,
    failure = FAILED,
  ): Promise<boolean> => {
    try {
      await action();
      setMessage(success === undefined ? null : { tone: 'success', text: success });
      return true;
    } catch (error) {
      setMessage({ tone: 'error', text: problemWords(error, failure) });
      return false;
    }
  };
  /** Says how something done elsewhere went (a save through a form's own frame). */
  const say = (success: string) => setMessage({ tone: 'success', text: success });
  return { message, run, say };
}
