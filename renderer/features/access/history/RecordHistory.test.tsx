import { screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { renderWithTestTeam } from '../../../../tests/factories/renderWithTestTeam';
import { makeTestTeam, type TestTeam } from '../../../../tests/factories/testTeam';
import { createRecord, updateRecord, type WriteContext } from '../../../db/writer';
import { AimPage } from '../../charter/aims/AimPage';
import { createAim } from '../../charter/aims/aimCommands';
import { MemberProfilePage } from '../../people/MemberProfilePage';
import { openInTestTeam } from '../../../../tests/factories/screenSteps';

describe("a record's own page shows who changed it", { timeout: 20_000 }, () => {
  let team: TestTeam;
  let colleague: WriteContext;

  beforeEach(async () => {
    team = await makeTestTeam({ personName: 'Alex Morgan' });
    const samId = await createRecord(team.ctx, 'members', {
      name: 'Sam Okafor',
      profession: 'police-officer',
    });
    colleague = { ...team.ctx, person: { id: samId, name: 'Sam Okafor' } };
  });

  afterEach(() => team.db.close());

  it('names the person who changed a profile last, and lists every change on request, newest first', async () => {
    const beaId = await createRecord(team.ctx, 'members', {
      name: 'Bea Nurse',
      profession: 'health-visitor',
    });
    await updateRecord(colleague, 'members', beaId, { phone: '01632 960 001' });
    const user = await openInTestTeam(<MemberProfilePage memberId={beaId} />, team);

    const changes = await screen.findByRole('region', { name: 'Changes' });
    expect(await within(changes).findByText(/^Last changed by/)).toHaveTextContent(
      /^Last changed by Sam Okafor on \d{1,2} \w+ \d{4} at \d{2}:\d{2}\.$/,
    );
    await user.click(await within(changes).findByText('Every change (2), newest first'));
    const items = within(changes).getAllByRole('listitem');
    expect(items[0]).toHaveTextContent('Sam Okafor changed the phone of team member Bea Nurse');
    expect(items[1]).toHaveTextContent('Alex Morgan added team member Bea Nurse');
  });

  it('follows a change made while the page is open', async () => {
    const aimId = await createAim(team.ctx, { title: 'Families get help early' });
    await renderWithTestTeam(<AimPage aimId={aimId} />, team);
    const changes = await screen.findByRole('region', { name: 'Changes' });
    expect(await within(changes).findByText(/^Last changed by/)).toHaveTextContent(
      'Last changed by Alex Morgan',
    );

    await updateRecord(colleague, 'charterAims', aimId, { description: 'Within a week of referral.' });
    expect(await within(changes).findByText(/Last changed by Sam Okafor/)).toBeInTheDocument();
    expect(await within(changes).findByText('Every change (2), newest first')).toBeInTheDocument();
  });
});
