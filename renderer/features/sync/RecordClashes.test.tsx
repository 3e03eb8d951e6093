import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createRecord, updateRecord } from '../../db/writer';
import { renderWithTestTeam } from '../../../tests/factories/renderWithTestTeam';
import { exportToBytes, importOk, joinPc, startTeam } from '../../../tests/integration/sync/harness';
import { MemberProfilePage } from '../people/MemberProfilePage';
import { DecisionsList } from './DecisionsList';

/** PC A's view of a member whose secondment start (changed on A) and end (changed on B) no longer fit. */
async function pcWithClash() {
  const started = await startTeam();
  const { a } = started;
  const memberId = await createRecord(a.ctx, 'members', {
    name: 'Priya Shah',
    profession: 'police-officer',
    secondmentStart: '2026-01-01',
    secondmentEnd: '2026-06-30',
  });
  const b = await joinPc(started, 'pc-b', 'Ben Clarke');
  await updateRecord(a.ctx, 'members', memberId, { secondmentStart: '2026-03-01' });
  await updateRecord(b.ctx, 'members', memberId, { secondmentEnd: '2026-02-01' });
  await importOk(a, await exportToBytes(b));
  return { team: { teamId: started.teamId, db: a.db, ctx: a.ctx, columnIds: started.columnIds }, memberId };
}

describe('a record whose details no longer fit together after two PCs’ changes met', () => {
  it('says so on its own page, in plain words, with a way to change the details', async () => {
    const { team, memberId } = await pcWithClash();
    await renderWithTestTeam(<MemberProfilePage memberId={memberId} />, team);
    expect(
      await screen.findByText('Secondment ends before it starts: two changes made on different PCs.'),
    ).toBeInTheDocument();
    expect(screen.getByText('Needs a decision')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Change the details' })).toHaveAttribute(
      'href',
      `#/people/member/${memberId}/edit`,
    );
  });

  it('is listed as needing a decision, with both dates as they are now', async () => {
    const { team, memberId } = await pcWithClash();
    await renderWithTestTeam(<DecisionsList />, team);
    expect(
      await screen.findByRole('heading', { name: 'Priya Shah (people in the directory)' }),
    ).toBeInTheDocument();
    expect(
      screen.getByText('Secondment ends before it starts: two changes made on different PCs.'),
    ).toBeInTheDocument();
    expect(screen.getByText('1 March 2026')).toBeInTheDocument();
    expect(screen.getByText('1 February 2026')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /Change the details/ })).toHaveAttribute(
      'href',
      `#/people/member/${memberId}/edit`,
    );
  });

  it('shows nothing on a record without a clash', async () => {
    const { team } = await pcWithClash();
    await renderWithTestTeam(<MemberProfilePage memberId={team.ctx.person.id} />, team);
    await screen.findByRole('heading', { level: 1 });
    expect(screen.queryByText('Needs a decision')).not.toBeInTheDocument();
  });
});
