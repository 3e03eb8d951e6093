import { useEffect, useId, useRef } from 'react';
import { showDate } from '../../../shared/dates';
import type { DateToQuestion } from './useSaveForm';

interface PassedDateQuestionProps {
  dates: readonly DateToQuestion[];
  onYes: () => void;
  onNo: () => void;
}

/**
 * GOV.UK's warning text with the two answers, in place of the form's buttons while it asks: a due or review date
 * in the past is usually a slip of the year or month, so it is questioned before anything is saved. Focus moves
 * to the question so a screen reader says it, and "No" takes the person back to the date.
 */
export function PassedDateQuestion({ dates, onYes, onNo }: PassedDateQuestionProps) {
  const ref = useRef<HTMLDivElement>(null);
  const labelId = useId();
  useEffect(() => {
    ref.current?.focus();
  }, [dates]);
  const one = dates.length === 1;
  return (
    <div ref={ref} className="passed-question" role="group" aria-labelledby={labelId} tabIndex={-1}>
      <div className="warning-text">
        <span className="warning-text__icon" aria-hidden="true">
          !
        </span>
        <div>
          <p id={labelId} className="warning-text__text">
            <span className="visually-hidden">Warning: </span>
            {one ? 'This date has passed. Save it anyway?' : 'These dates have passed. Save them anyway?'}
          </p>
          <ul className="passed-question__dates">
            {dates.map((item) => (
              <li key={item.id}>
                {item.label}: {showDate(item.date)}
              </li>
            ))}
          </ul>
        </div>
      </div>
      <div className="button-row">
        <button type="button" className="button" onClick={onYes}>
          {one ? 'Yes, save it' : 'Yes, save them'}
        </button>
        <button
          type="button"
          className="button button--secondary"
          onClick={() => {
            onNo();
            document.getElementById(dates[0]?.id ?? '')?.focus();
          }}
        >
          {one ? 'No, change the date' : 'No, change the dates'}
        </button>
      </div>
    </div>
  );
}
