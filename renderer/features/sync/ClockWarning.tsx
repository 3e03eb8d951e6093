import { useState } from 'react';
import { useTeam } from '../../app/team/useTeam';
import { Banner } from '../../ui/Banner';
import { showDateTime } from '../../../shared/dates';
import { useOwnClockBehind } from './useOwnClockBehind';

/** Teams for which the person closed the message in this window: it is said once, not on every page. */
const closed = new Set<string>();

/**
 * In the frame, before anyone writes: this PC's clock is behind the newest change it holds, so its date and time
 * are probably wrong. Changes still save in the right order (the app's clock never goes back), but people should
 * know, and someone should set the clock.
 */
export function ClockWarning() {
  const { team } = useTeam();
  const behind = useOwnClockBehind();
  const [dismissed, setDismissed] = useState(() => closed.has(team.id));
  if (!behind || dismissed) return null;
  return (
    <Banner tone="warning" title="This PC’s clock seems to be wrong">
      <p>
        It says {showDateTime(behind.now)}, but changes on this PC are dated as late as{' '}
        {showDateTime(behind.latest)}. Ask whoever looks after this PC to set its date and time. Changes made
        here are still saved in the right order.
      </p>
      <button
        type="button"
        className="button button--secondary"
        onClick={() => {
          closed.add(team.id);
          setDismissed(true);
        }}
      >
        Close this message
      </button>
    </Banner>
  );
}
