import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { renderWithTestTeam } from '../../../../tests/factories/renderWithTestTeam';
import { makeTestTeam, type TestTeam } from '../../../../tests/factories/testTeam';
import { createRecord } from '../../../db/writer';
import {
  createProcedure,
  markRead,
  publishVersion,
  saveDraft,
  startNewVersion,
} from '../procedures/procedureCommands';
import { ProcedurePage } from '../procedures/ProcedurePage';
import { ProtocolVersionLink } from './ProtocolVersionLink';
import { VersionPage } from './VersionPage';
import { ComparePage } from './ComparePage';
import { openInTestTeam } from '../../../../tests/factories/screenSteps';

const FIRST = '# Sharing\n- With consent';
const SECOND = '# Sharing\n- With consent\n- When a child is at risk';

describe('procedure versions', { timeout: 20_000 }, () => {
  let team: TestTeam;
  let procedureId: string;
  let v1: string;

  beforeEach(async () => {
    team = await makeTestTeam();
    const made = await createProcedure(team.ctx, {
      title: 'Information-sharing protocol',
      kind: 'information-sharing',
      reviewDate: null,
      text: FIRST,
      changeSummary: 'First version',
    });
    procedureId = made.procedureId;
    v1 = made.versionId;
    await publishVersion(team.ctx, v1);
  });

  async function publishSecond(): Promise<string> {
    const { versionId } = await startNewVersion(team.ctx, procedureId, 'Add sharing to protect a child');
    await saveDraft(team.ctx, versionId, { text: SECOND, changeSummary: 'Add sharing to protect a child' });
    await publishVersion(team.ctx, versionId);
    return versionId;
  }

  it('keeps an earlier version exactly as it was, and readable, after a new one is published', async () => {
    const v2 = await publishSecond();
    const first = await team.db.rows('procedureVersions').get(v1);
    expect(first).toMatchObject({ text: FIRST, status: 'superseded', number: 1 });
    expect((await team.db.rows('procedureVersions').get(v2))?.status).toBe('in-force');
    await expect(saveDraft(team.ctx, v1, { text: 'rewritten', changeSummary: '' })).rejects.toThrow(
      'A published version is kept as it was',
    );

    await renderWithTestTeam(<VersionPage procedureId={procedureId} versionId={v1} />, team);
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Information-sharing protocol: version 1' }),
    ).toBeInTheDocument();
    expect(screen.getByText('Replaced')).toBeInTheDocument();
    expect(screen.getByText('With consent')).toBeInTheDocument();
    expect(screen.queryByText('When a child is at risk')).not.toBeInTheDocument();
  });

  it('lets a member draft a new version but not publish it: the page says a leader publishes', async () => {
    const memberId = await createRecord(team.ctx, 'members', { name: 'Sam Okafor', profession: 'teacher' });
    const member = { ...team.ctx, person: { id: memberId, name: 'Sam Okafor' } };
    const { versionId } = await startNewVersion(member, procedureId, 'Add out-of-hours contacts');
    await renderWithTestTeam(<VersionPage procedureId={procedureId} versionId={versionId} />, {
      ...team,
      ctx: member,
    });
    await screen.findByRole('button', { name: 'Save the draft' });
    expect(screen.queryByRole('button', { name: /^Publish/ })).toBeNull();
    expect(screen.getByText(/Only a team leader can publish a version/)).toBeInTheDocument();
    await expect(publishVersion(member, versionId)).rejects.toThrow('Only a team leader can publish');
    expect((await team.db.rows('procedureVersions').get(versionId))?.status).toBe('draft');
  });

  it('lists every version with a link to read each one', async () => {
    await publishSecond();
    await renderWithTestTeam(<ProcedurePage procedureId={procedureId} />, team);
    expect(await screen.findByRole('link', { name: 'Read version 1' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Read version 2' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Compare with version 1' })).toBeInTheDocument();
  });

  it('compares two versions as text: the added point is in the list, named as added, with no markup', async () => {
    const v2 = await publishSecond();
    await renderWithTestTeam(<ComparePage procedureId={procedureId} olderId={v1} newerId={v2} />, team);
    const compared = await screen.findByRole('region', { name: 'Version 2 compared with version 1' });
    expect(within(compared).getByRole('heading', { level: 2, name: 'Sharing' })).toBeInTheDocument();
    const items = within(compared).getAllByRole('listitem');
    expect(items.map((item) => item.textContent)).toEqual(['With consent', 'Added When a child is at risk']);
    expect(items[1]?.querySelector('ins')).not.toBeNull();
    expect(compared.textContent).not.toMatch(/#|- /);
    expect(screen.getByText(/1 part added, 0 parts changed and 0 parts taken out/)).toBeInTheDocument();
  });

  it('ties a read record to a version: a member who read version 1 must read version 2 again', async () => {
    const me = team.ctx.person.id;
    await markRead(team.ctx, v1, me);
    await publishSecond();
    await createRecord(team.ctx, 'members', { name: 'Priya Shah', profession: 'teacher' });
    const user = await openInTestTeam(<ProcedurePage procedureId={procedureId} />, team);

    const readSection = (await screen.findByRole('heading', { name: 'Who has read version 2' })).closest(
      'section',
    );
    const inSection = within(readSection as HTMLElement);
    const notRead = inSection.getByRole('list');
    expect(within(notRead).getByText('Alex Morgan')).toBeInTheDocument();
    expect(within(notRead).getByText('Priya Shah')).toBeInTheDocument();

    await user.click(inSection.getByRole('button', { name: 'I have read version 2' }));
    await waitFor(() => expect(inSection.getByText(/You recorded reading version 2/)).toBeInTheDocument());
    expect(within(inSection.getByRole('list')).queryByText('Alex Morgan')).not.toBeInTheDocument();
    expect(inSection.getByText('1 member has not read this version yet:')).toBeInTheDocument();

    const reads = await team.db.rows('procedureReads').toArray();
    expect(reads.map((read) => read.versionId).sort()).toEqual([v1, (await currentVersion()).id].sort());
    expect(reads.every((read) => read.memberId === me)).toBe(true);
  });

  it('a second proposal joins the draft already started instead of starting a competing one', async () => {
    const first = await startNewVersion(team.ctx, procedureId, 'Add out-of-hours contacts');
    const second = await startNewVersion(team.ctx, procedureId, 'Name the duty social worker');
    expect(first.created).toBe(true);
    expect(second).toEqual({ versionId: first.versionId, created: false });
    const draft = await team.db.rows('procedureVersions').get(first.versionId);
    expect(draft).toMatchObject({ number: 2, status: 'draft', text: FIRST });
    expect(draft?.changeSummary).toBe('Add out-of-hours contacts\nName the duty social worker');
  });

  it('refuses to record reading a version that is no longer in force', async () => {
    await publishSecond();
    await expect(markRead(team.ctx, v1, team.ctx.person.id)).rejects.toThrow(
      'Only the version in force can be marked as read.',
    );
  });

  it('a case’s link to an older protocol version says a newer one is in force', async () => {
    await publishSecond();
    await renderWithTestTeam(<ProtocolVersionLink versionId={v1} />, team);
    expect(
      await screen.findByRole('link', { name: 'Information-sharing protocol, version 1' }),
    ).toHaveAttribute('href', `#/charter/procedure/${procedureId}/version/${v1}`);
    expect(await screen.findByText('Version 2 is now in force')).toBeInTheDocument();
  });

  async function currentVersion() {
    const versions = await team.db
      .rows('procedureVersions')
      .where('procedureId')
      .equals(procedureId)
      .toArray();
    const current = versions.find((version) => version.status === 'in-force');
    if (!current) throw new Error('No version in force');
    return current;
  }
});
