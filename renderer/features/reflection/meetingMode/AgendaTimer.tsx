import { useEffect, useState } from 'react';
import { elapsed, pause, readTimer, start, type StopwatchState } from '../../../../shared/reflection/timer';

interface AgendaTimerProps {
  label: string;
  minutes: number | null;
  state: StopwatchState;
  onChange: (state: StopwatchState) => void;
}

/**
 * The time box of the item under discussion: start and pause, time left, and a gentle "over time" in words (never
 * colour alone). The bar does not animate, so it suits people who ask for reduced motion.
 */
export function AgendaTimer({ label, minutes, state, onChange }: AgendaTimerProps) {
  const [now, setNow] = useState(() => Date.now());
  const running = state.runningSince !== null;

  useEffect(() => {
    if (!running) return;
    const tick = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(tick);
  }, [running]);

  const reading = readTimer(minutes, elapsed(state, now));
  return (
    <div className={`agenda-timer${reading.over ? ' agenda-timer--over' : ''}`}>
      <p className="agenda-timer__time" aria-label={`${label}: ${reading.text}`}>
        {reading.text}
      </p>
      {minutes !== null && (
        <div className="agenda-timer__bar" aria-hidden="true">
          <div className="agenda-timer__fill" style={{ width: `${Math.round(reading.fraction * 100)}%` }} />
        </div>
      )}
      {/* Announced once when the item runs over, not every second. */}
      <p className="visually-hidden" role="status">
        {reading.over ? 'This item is over time.' : ''}
      </p>
      <button
        type="button"
        className="button button--secondary"
        onClick={() => {
          const at = Date.now();
          setNow(at);
          onChange(running ? pause(state, at) : start(state, at));
        }}
      >
        {running ? 'Pause timer' : elapsed(state, now) > 0 ? 'Resume timer' : 'Start timer'}
      </button>
    </div>
  );
}
