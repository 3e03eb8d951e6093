import { configure, screen, waitFor, within } from '@testing-library/react';
import type userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import type { Enabler } from '../../../../shared/domain/reflection';
import { renderWithTestTeam } from '../../../../tests/factories/renderWithTestTeam';
import { makeTestTeam, type TestTeam } from '../../../../tests/factories/testTeam';
import { HealthCheckRespond } from './HealthCheckRespond';
import { HealthCheckResults } from './HealthCheckResults';
import { NewHealthCheckPage } from './NewHealthCheckPage';
import { openHealthCheck, submitResponse } from './healthCheckCommands';
import { answeredKey } from '../../../../shared/reflection/healthCheck';
import { getMeta, readVersionVectors } from '../../../db/meta';
import { expectErrorSummary, openInTestTeam } from '../../../../tests/factories/screenSteps';

// The machine running tests may be busy: give live database reads time to arrive.
configure({ asyncUtilTimeout: 5000 });

const ASKED: Enabler[] = ['communication', 'leadership'];

afterEach(() => {
  localStorage.clear();
  window.location.hash = '';
});

/** Longer than the 200 characters a title may have: the form lets it through and the save refuses it. */
const TOO_LONG = `Spring check ${'and more '.repeat(25)}`;

async function openCheck(team: TestTeam): Promise<string> {
  return openHealthCheck(team.ctx, {
    title: 'Spring check',
    opensOn: '2026-04-01',
    closesOn: null,
    enablers: ASKED,
  });
}

async function answer(user: ReturnType<typeof userEvent.setup>, scores: [string, string], sign = false) {
  const communication = await screen.findByRole('radiogroup', { name: 'Score for Communication' });
  await user.click(within(communication).getByRole('radio', { name: scores[0] }));
  const leadership = screen.getByRole('radiogroup', { name: 'Score for Leadership' });
  await user.click(within(leadership).getByRole('radio', { name: scores[1] }));
  await user.type(screen.getAllByLabelText('Comment (optional)')[0] as HTMLElement, 'Slow');
  if (sign) await user.click(screen.getByRole('checkbox', { name: 'Put my name to this response' }));
  await user.click(screen.getByRole('button', { name: 'Send my answers' }));
}

describe('opening a health check', () => {
  it('opens exactly one health check when Open the health check is pressed twice quickly', async () => {
    const team = await makeTestTeam();
    const user = await openInTestTeam(<NewHealthCheckPage />, team);
    await user.type(await screen.findByLabelText('Title'), 'Spring check');
    await user.dblClick(screen.getByRole('button', { name: 'Open the health check' }));
    await waitFor(() => expect(window.location.hash).toBe('#/reflection/checks'));
    expect(await team.db.rows('healthChecks').count()).toBe(1);
  }, 20_000);

  it('shows the missing title at the top of the form, with focus, and keeps the dates chosen', async () => {
    const team = await makeTestTeam();
    const user = await openInTestTeam(<NewHealthCheckPage />, team);
    await user.type(await screen.findByLabelText('Closes on (optional)'), '2099-06-30');
    await user.click(screen.getByRole('button', { name: 'Open the health check' }));
    await expectErrorSummary('Open a health check', 'Enter a title, such as “Spring health check”.');
    expect(screen.getByLabelText('Closes on (optional)')).toHaveValue('2099-06-30');
    expect(await team.db.rows('healthChecks').count()).toBe(0);
  }, 20_000);

  it('when the save is refused, says why in plain words at the top of the form and keeps what was typed', async () => {
    const team = await makeTestTeam();
    const user = await openInTestTeam(<NewHealthCheckPage />, team);
    await user.click(await screen.findByLabelText('Title'));
    await user.paste(TOO_LONG);
    await user.click(screen.getByRole('button', { name: 'Open the health check' }));
    await expectErrorSummary('Open a health check', 'Title must be 200 characters or fewer.');
    expect(screen.getByLabelText('Title')).toHaveValue(TOO_LONG);
    expect(await team.db.rows('healthChecks').count()).toBe(0);
  }, 20_000);
});

describe('answering a partnership health check', () => {
  it('stores no member id in an anonymous response or its line in the change history', async () => {
    const team = await makeTestTeam();
    const checkId = await openCheck(team);
    const user = await openInTestTeam(<HealthCheckRespond checkId={checkId} />, team);
    expect(await screen.findByText('Your answers are anonymous')).toBeInTheDocument();
    await answer(user, ['2 – Weak', '4 – Good']);
    expect(await screen.findByText(/saved, without your name/)).toBeInTheDocument();

    const [response] = await team.db.rows('healthCheckResponses').toArray();
    expect(response?.memberId).toBeNull();
    expect(response?.scores.map((score) => [score.enabler, score.score])).toEqual([
      ['communication', 2],
      ['leadership', 4],
    ]);
    const audit = await team.db.audit
      .where('[table+recordId]')
      .equals(['healthCheckResponses', response?.id ?? ''])
      .toArray();
    expect(audit).toHaveLength(1);
    expect(audit[0]?.personId).toBe('');
    expect(audit[0]?.personName).toBe('Anonymous');
    const personId = team.ctx.person.id;
    expect(JSON.stringify(response)).not.toContain(personId);
    expect(JSON.stringify(audit)).not.toContain(personId);
    expect(JSON.stringify(audit)).not.toContain(team.ctx.person.name);
  }, 30_000);

  it('keeps neither this PC nor the time of day with an anonymous answer, and leaves this PC’s clock as it was', async () => {
    const team = await makeTestTeam();
    const checkId = await openCheck(team);
    const clockBefore = await getMeta(team.db, 'clock');
    const ownBefore = (await readVersionVectors(team.db)).reflection?.[team.ctx.deviceId];
    const user = await openInTestTeam(<HealthCheckRespond checkId={checkId} />, team);
    await answer(user, ['2 – Weak', '4 – Good']);
    await screen.findByText(/saved, without your name/);

    const [response] = await team.db.rows('healthCheckResponses').toArray();
    const audit = await team.db.audit.where('table').equals('healthCheckResponses').toArray();
    const stored = JSON.stringify([response, audit]);
    expect(stored).not.toContain(team.ctx.deviceId);
    expect(response?.updatedAt).toMatch(/T00:00:00\.000Z$/);
    expect(audit[0]?.at).toBe(response?.updatedAt);
    for (const stamp of Object.values(response?.stamps ?? {})) {
      expect(stamp.slice(0, 15)).toBe(String(Date.parse(response?.updatedAt ?? '')).padStart(15, '0'));
    }
    expect(await getMeta(team.db, 'clock')).toBe(clockBefore);
    expect((await readVersionVectors(team.db)).reflection?.[team.ctx.deviceId]).toBe(ownBefore);
    const kept = Object.keys(localStorage).map((key) => `${key}=${localStorage.getItem(key) ?? ''}`);
    expect(kept).toEqual([`${answeredKey(checkId, team.ctx.person.id)}=answered`]);
  }, 30_000);

  it('keeps the name when the member chooses to sign', async () => {
    const team = await makeTestTeam();
    const checkId = await openCheck(team);
    const user = await openInTestTeam(<HealthCheckRespond checkId={checkId} />, team);
    await answer(user, ['3 – Mixed', '3 – Mixed'], true);
    expect(await screen.findByText(/saved with your name/)).toBeInTheDocument();
    const [response] = await team.db.rows('healthCheckResponses').toArray();
    expect(response?.memberId).toBe(team.ctx.person.id);
  }, 30_000);

  it('asks for a score on every question before sending', async () => {
    const team = await makeTestTeam();
    const checkId = await openCheck(team);
    const user = await openInTestTeam(<HealthCheckRespond checkId={checkId} />, team);
    await user.click(await screen.findByRole('button', { name: 'Send my answers' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Choose a score for “Communication”.');
    expect(await team.db.rows('healthCheckResponses').count()).toBe(0);
  });

  it('sends one response when Send my answers is pressed twice quickly', async () => {
    const team = await makeTestTeam();
    const checkId = await openCheck(team);
    const user = await openInTestTeam(<HealthCheckRespond checkId={checkId} />, team);
    const communication = await screen.findByRole('radiogroup', { name: 'Score for Communication' });
    await user.click(within(communication).getByRole('radio', { name: '4 – Good' }));
    const leadership = screen.getByRole('radiogroup', { name: 'Score for Leadership' });
    await user.click(within(leadership).getByRole('radio', { name: '2 – Weak' }));
    await user.dblClick(screen.getByRole('button', { name: 'Send my answers' }));
    expect(await screen.findByText(/saved, without your name/)).toBeInTheDocument();
    expect(await team.db.rows('healthCheckResponses').count()).toBe(1);
  }, 30_000);

  it('lists the missing scores at the top of the form and moves focus there', async () => {
    const team = await makeTestTeam();
    const checkId = await openCheck(team);
    const user = await openInTestTeam(<HealthCheckRespond checkId={checkId} />, team);
    const leadership = await screen.findByRole('radiogroup', { name: 'Score for Leadership' });
    await user.click(within(leadership).getByRole('radio', { name: '2 – Weak' }));
    await user.click(screen.getByRole('button', { name: 'Send my answers' }));
    const summary = await screen.findByRole('alert');
    expect(summary).toHaveTextContent('Choose a score for “Communication”.');
    expect(summary).not.toHaveTextContent('Leadership');
    expect(summary).toHaveFocus();
    expect(screen.getByRole('form', { name: 'Your answers' }).firstElementChild).toBe(summary);
    expect(within(leadership).getByRole('radio', { name: '2 – Weak' })).toBeChecked();
  }, 30_000);

  it('does not offer the form again to someone who answered anonymously on this PC', async () => {
    const team = await makeTestTeam();
    const checkId = await openCheck(team);
    await submitResponse(team.ctx, checkId, [{ enabler: 'leadership', score: 4, comment: '' }], false);
    await renderWithTestTeam(<HealthCheckRespond checkId={checkId} />, team);
    expect(await screen.findByText(/You have already answered this health check/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Send my answers' })).toBeNull();
  });
});

describe('health check results', () => {
  it('shows the spread and middle score per question, the comments, and suggests the lowest for a session', async () => {
    const team = await makeTestTeam();
    const checkId = await openCheck(team);
    for (const [communication, leadership] of [
      [1, 4],
      [2, 5],
      [2, 4],
    ] as const) {
      await submitResponse(
        team.ctx,
        checkId,
        [
          {
            enabler: 'communication',
            score: communication,
            comment: communication === 1 ? 'Messages lost' : '',
          },
          { enabler: 'leadership', score: leadership, comment: '' },
        ],
        false,
      );
    }
    await renderWithTestTeam(<HealthCheckResults checkId={checkId} />, team);
    const row = await screen.findByRole('row', { name: /^Communication/ });
    expect(
      within(row)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['1', '2', '0', '0', '0', '2']);
    expect(screen.getByText('Messages lost')).toBeInTheDocument();
    expect(screen.getByText(/3 responses, 3 anonymous/)).toBeInTheDocument();
    const lowest = screen.getByRole('region', { name: 'Lowest scores' });
    expect(
      within(lowest)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['Communication', 'Leadership']);
    expect(screen.getByRole('link', { name: 'Start a session on these' })).toHaveAttribute(
      'href',
      `#/reflection/new/from-check/${checkId}`,
    );
    await waitFor(() =>
      expect(screen.getByRole('img', { name: /Overall score across health checks/ })).toBeInTheDocument(),
    );
  });
});
