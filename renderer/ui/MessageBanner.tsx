import { Banner } from './Banner';
import type { ActionMessage } from './useActionMessage';

/** How the last action went (useActionMessage), as a banner read out when it appears; nothing when there is none. */
export function MessageBanner({ message }: { message: ActionMessage | null }) {
  if (!message) return null;
  return (
    <Banner tone={message.tone} live>
      {message.text}
    </Banner>
  );
}
