import { useEffect, useRef, useState } from 'react';
import { describeWait } from '../../../../shared/access/backoff';
import { SecretForm } from './SecretForm';
import { useNow } from './useNow';
import type { SecretCheck } from './signInCommands';

interface SecretFieldProps {
  id: string;
  label: string;
  kind: 'PIN' | 'password';
  submitLabel: string;
  /** Checks what was typed; a wait is counted down here, in plain words. */
  check: (secret: string) => Promise<SecretCheck>;
  onRight: () => Promise<void> | void;
  hint?: string;
}

/**
 * One secret asked for (a PIN or a personal password): says plainly when it is wrong, and how long to wait after
 * several wrong tries. The secret is cleared from the field after every try.
 */
export function SecretField({ id, label, kind, submitLabel, check, onRight, hint }: SecretFieldProps) {
  const [secret, setSecret] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const [waitUntil, setWaitUntil] = useState(0);
  const now = useNow(waitUntil);
  const waitMs = Math.max(0, waitUntil - now);
  const ref = useRef<HTMLDivElement>(null);

  useEffect(() => {
    ref.current?.querySelector('input')?.focus();
  }, [id]);

  const submit = async () => {
    if (busy || waitMs > 0) return;
    if (secret === '') {
      setError(kind === 'PIN' ? 'Enter the PIN.' : 'Enter the password.');
      return;
    }
    setBusy(true);
    try {
      const checked = await check(secret);
      setSecret('');
      if (checked.result === 'right') {
        setError(undefined);
        await onRight();
        return;
      }
      if (checked.result === 'none') {
        setError(`There is no ${kind} to check here any more. Go back and choose another way.`);
      } else {
        if (checked.waitMs > 0) setWaitUntil(Date.now() + checked.waitMs);
        setError(
          checked.result === 'wait' || checked.waitMs > 0
            ? `That ${kind} is not right, and there have been several wrong tries, so you need to wait before trying again.`
            : `That ${kind} is not right. Check it and try again.`,
        );
      }
      ref.current?.querySelector('input')?.focus();
    } finally {
      setBusy(false);
    }
  };

  return (
    <SecretForm
      fieldRef={ref}
      id={id}
      label={label}
      inputMode={kind === 'PIN' ? 'numeric' : undefined}
      {...(hint ? { hint } : {})}
      value={secret}
      onChange={setSecret}
      error={error}
      status={
        busy ? `Checking the ${kind}…` : waitMs > 0 ? `You can try again in ${describeWait(waitMs)}.` : ''
      }
      submitLabel={submitLabel}
      blocked={busy || waitMs > 0}
      onSubmit={() => void submit()}
    />
  );
}
