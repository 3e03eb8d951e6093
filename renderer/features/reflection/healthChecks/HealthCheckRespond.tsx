import { useState } from 'react';
import { Checkbox, Radio, RadioGroup } from 'react-aria-components';
import {
  ENABLER_LABELS,
  type Enabler,
  type HealthCheck,
  type Score,
} from '../../../../shared/domain/reflection';
import { ENABLER_PROMPTS } from '../../../../shared/reflection/templates';
import { hrefFor } from '../../../app/router/hashRoute';
import { usePerson } from '../../../app/team/usePerson';
import { useWriter } from '../../../app/team/useWriter';
import { Banner } from '../../../ui/Banner';
import { PageHeader } from '../../../ui/PageHeader';
import { PageForm } from '../../../ui/forms/PageForm';
import type { FieldErrors } from '../../../ui/forms/fieldErrors';
import { useSaveForm } from '../../../ui/forms/useSaveForm';
import { NotFound } from '../NotFound';
import { answeredHere, submitResponse } from './healthCheckCommands';
import { useHealthChecks } from './useHealthChecks';
import { FieldError } from '../../../ui/forms/Field';

const SCORE_WORDS = ['1 – Poor', '2 – Weak', '3 – Mixed', '4 – Good', '5 – Strong'] as const;

/** A member scores the team on each enabler, anonymously unless they choose to sign. */
export function HealthCheckRespond({ checkId }: { checkId: string }) {
  const data = useHealthChecks();
  if (data === undefined) return <p>Loading the health check…</p>;
  const check = data.checks.find((candidate) => candidate.id === checkId);
  if (!check) return <NotFound what="This health check" />;
  return (
    <ResponseForm
      check={check}
      signedAlready={(data.responsesByCheck.get(check.id) ?? []).map((row) => row.memberId)}
    />
  );
}

function ResponseForm({ check, signedAlready }: { check: HealthCheck; signedAlready: (string | null)[] }) {
  const writer = useWriter();
  const person = usePerson();
  const [scores, setScores] = useState<Partial<Record<Enabler, string>>>({});
  const [comments, setComments] = useState<Partial<Record<Enabler, string>>>({});
  const [signed, setSigned] = useState(false);
  const form = useSaveForm('score-');
  const [done, setDone] = useState(false);
  const personId = person?.id ?? '';
  const answered = answeredHere(check.id, personId) || signedAlready.includes(personId);

  const header = (
    <>
      <PageHeader title={check.title} />
      <p>
        <a href={hrefFor('reflection', 'checks')}>All health checks</a>
      </p>
    </>
  );
  if (done) {
    return (
      <>
        {header}
        <Banner tone="success" title="Thank you" live>
          <p>Your answers are saved{signed ? ' with your name' : ', without your name'}.</p>
        </Banner>
      </>
    );
  }
  if (check.status === 'closed') {
    return (
      <>
        {header}
        <p>
          This health check is closed.{' '}
          <a href={hrefFor('reflection', 'checks', check.id, 'results')}>See the results</a>.
        </p>
      </>
    );
  }
  if (answered) {
    return (
      <>
        {header}
        <Banner>
          <p>You have already answered this health check. Each person answers once.</p>
        </Banner>
      </>
    );
  }

  const scoreOf = (enabler: Enabler) => Number(scores[enabler]);
  const isScored = (enabler: Enabler) => [1, 2, 3, 4, 5].includes(scoreOf(enabler));
  const list: Score[] = check.enablers
    .filter(isScored)
    .map((enabler) => ({ enabler, score: scoreOf(enabler), comment: (comments[enabler] ?? '').trim() }));
  const unscored = (): FieldErrors =>
    Object.fromEntries(
      check.enablers
        .filter((enabler) => !isScored(enabler))
        .map((enabler) => [`score-${enabler}`, `Choose a score for “${ENABLER_LABELS[enabler]}”.`]),
    );

  const submit = async () => {
    if (await form.run(unscored, () => submitResponse(writer, check.id, list, signed))) setDone(true);
  };

  return (
    <>
      {header}
      <Banner title="Your answers are anonymous">
        <p>
          Unless you tick “Put my name to this response” at the end, your answers are kept with the day they
          were sent and nothing more: not your name, not this PC, not the time of day, and not in the history
          of changes either.
        </p>
        <p>
          This PC keeps one note, that you have answered this health check, so that nobody answers twice. It
          never keeps what you answered or when.
        </p>
      </Banner>
      <PageForm title="Your answers" form={form} submitLabel="Send my answers" onSubmit={() => void submit()}>
        {check.enablers.map((enabler) => (
          <fieldset
            key={enabler}
            className={`score-set${form.errors[`score-${enabler}`] ? ' field--error' : ''}`}
          >
            <legend className="score-set__legend">{ENABLER_LABELS[enabler]}</legend>
            <p className="field__hint">{ENABLER_PROMPTS[enabler].text}</p>
            {form.errors[`score-${enabler}`] && (
              <p>
                <FieldError id={`score-${enabler}-error`} message={form.errors[`score-${enabler}`]} />
              </p>
            )}
            <RadioGroup
              id={`score-${enabler}`}
              aria-describedby={form.errors[`score-${enabler}`] ? `score-${enabler}-error` : undefined}
              className="score-radios"
              orientation="horizontal"
              aria-label={`Score for ${ENABLER_LABELS[enabler]}`}
              value={scores[enabler] ?? null}
              onChange={(value) => setScores({ ...scores, [enabler]: value })}
            >
              {SCORE_WORDS.map((words, index) => (
                <Radio key={words} value={String(index + 1)} className="radio">
                  {words}
                </Radio>
              ))}
            </RadioGroup>
            <div className="field">
              <label htmlFor={`comment-${enabler}`}>Comment (optional)</label>
              <textarea
                id={`comment-${enabler}`}
                rows={2}
                value={comments[enabler] ?? ''}
                onChange={(event) => setComments({ ...comments, [enabler]: event.target.value })}
              />
            </div>
          </fieldset>
        ))}
        <Checkbox className="checkbox" isSelected={signed} onChange={setSigned}>
          Put my name to this response
        </Checkbox>
      </PageForm>
    </>
  );
}
