import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { updateRecord } from '../../db/writer';
import { renderWithTestTeam } from '../../../tests/factories/renderWithTestTeam';
import { exportToBytes, importOk, twoPcsWithCase } from '../../../tests/integration/sync/harness';
import { DecisionsList } from './DecisionsList';

async function pcWithDecision() {
  const { a, b, caseId, teamId, columnIds } = await twoPcsWithCase();
  await updateRecord(a.ctx, 'cases', caseId, { nextReviewDate: '2026-05-01' });
  await updateRecord(b.ctx, 'cases', caseId, { nextReviewDate: '2026-06-01' });
  await importOk(a, await exportToBytes(b));
  return { team: { teamId, db: a.db, ctx: a.ctx, columnIds }, caseId };
}

describe('the needs-a-decision list', () => {
  it('shows the record in plain words with both values and who wrote each', async () => {
    const { team } = await pcWithDecision();
    await renderWithTestTeam(<DecisionsList />, team);
    expect(
      await screen.findByRole('heading', { name: 'Case JU-0042 — next review date' }),
    ).toBeInTheDocument();
    expect(screen.getByText('1 June 2026')).toBeInTheDocument();
    expect(screen.getByText('1 May 2026')).toBeInTheDocument();
    expect(screen.getByText(/written by Ana Silva/)).toBeInTheDocument();
    expect(screen.getByText(/written by Ben Clarke/)).toBeInTheDocument();
  });

  it('uses the other value when the person asks, and the question goes away', async () => {
    const { team, caseId } = await pcWithDecision();
    await renderWithTestTeam(<DecisionsList />, team);
    const kept = (await team.db.rows('cases').get(caseId))?.nextReviewDate;
    await userEvent.click(await screen.findByRole('button', { name: 'Use the other' }));
    expect(await screen.findByText('Nothing needs a decision.')).toBeInTheDocument();
    const now = (await team.db.rows('cases').get(caseId))?.nextReviewDate;
    expect(now).not.toBe(kept);
    expect(['2026-05-01', '2026-06-01']).toContain(now);
  });

  it('saves a new value the person writes', async () => {
    const { team, caseId } = await pcWithDecision();
    await renderWithTestTeam(<DecisionsList />, team);
    await userEvent.click(await screen.findByRole('button', { name: 'Write a new value' }));
    const field = screen.getByLabelText('New value');
    await userEvent.clear(field);
    await userEvent.type(field, '2026-07-15');
    await userEvent.click(screen.getByRole('button', { name: 'Save the new value' }));
    await waitFor(async () =>
      expect((await team.db.rows('cases').get(caseId))?.nextReviewDate).toBe('2026-07-15'),
    );
    expect(await screen.findByText('Nothing needs a decision.')).toBeInTheDocument();
  });

  it('leaves focus on the words saying nothing is left once the last decision is settled', async () => {
    const { team } = await pcWithDecision();
    await renderWithTestTeam(<DecisionsList />, team);
    await userEvent.click(await screen.findByRole('button', { name: 'Keep this one' }));
    const done = await screen.findByText('Nothing needs a decision.');
    await waitFor(() => expect(done).toHaveFocus());
  });
});
