import { useEffect, useState } from 'react';

/** The time now (ms since 1970), refreshed twice a second until `until` has passed (for a countdown). */
export function useNow(until: number): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const interval = setInterval(() => {
      const time = Date.now();
      setNow(time);
      if (time >= until) clearInterval(interval);
    }, 500);
    return () => clearInterval(interval);
  }, [until]);
  return now;
}
