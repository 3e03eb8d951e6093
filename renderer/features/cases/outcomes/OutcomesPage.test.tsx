import { configure, screen, within } from '@testing-library/react';
import { addDays, format } from 'date-fns';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTestTeam, type TestTeam } from '../../../../tests/factories/testTeam';
import { OutcomesPage } from './OutcomesPage';
import { createCase } from '../caseCommands';

import { addService } from '../caseRowCommands';
import { todayIso } from '../../../../shared/dates';
import { openInTestTeam } from '../../../../tests/factories/screenSteps';

configure({ asyncUtilTimeout: 8000 });

let team: TestTeam;
beforeEach(async () => {
  team = await makeTestTeam({ personName: 'Alex Morgan' });
});
afterEach(() => team.db.close());

const day = (offset: number) => format(addDays(new Date(), offset), 'yyyy-MM-dd');

describe('does it make a difference', { timeout: 30_000 }, () => {
  it('shows the share of services obtained and the median wait, with the numbers in words', async () => {
    const caseId = await createCase(
      team.ctx,
      {
        reference: 'JU-0001',
        displayName: 'Child A.',
        columnId: team.columnIds[0] ?? '',
        leadMemberId: team.ctx.person.id,
        concerns: [],
      },
      todayIso(),
    );
    const service = { recommendedBy: null, recommendedOn: day(-20), whyNot: '' };
    await addService(team.ctx, caseId, {
      ...service,
      name: 'Play therapy',
      status: 'obtained',
      obtainedOn: day(-8),
    });
    await addService(team.ctx, caseId, {
      ...service,
      name: 'Housing advice',
      status: 'recommended',
      obtainedOn: null,
    });
    // Recommended before the last 3 months: only the 12-month view counts it.
    await addService(team.ctx, caseId, {
      ...service,
      name: 'Speech therapy',
      recommendedOn: day(-200),
      status: 'declined',
      obtainedOn: null,
      whyNot: 'Family said no.',
    });

    const user = await openInTestTeam(<OutcomesPage />, team, { delay: null });
    const services = within(await screen.findByRole('region', { name: 'Services obtained' }));
    expect(await services.findByText('33%')).toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: 'Last 3 months' }));
    expect(await services.findByText('50%')).toBeInTheDocument();
    expect(services.getByText(/Half were obtained within 12 days/)).toBeInTheDocument();
    expect(services.getByRole('img', { name: /Obtained 1 \(50%\)/ })).toBeInTheDocument();
    const leads = within(screen.getByRole('region', { name: 'Open cases per lead professional' }));
    expect(leads.getByRole('cell', { name: 'Alex Morgan' })).toBeInTheDocument();
  });

  it('refuses chosen dates that end before they start', async () => {
    const user = await openInTestTeam(<OutcomesPage />, team, { delay: null });
    await user.click(await screen.findByRole('radio', { name: 'Choose dates' }));
    const to = screen.getByRole('group', { name: 'To' });
    await user.clear(within(to).getByLabelText('Year'));
    await user.type(within(to).getByLabelText('Year'), '2001');
    await user.click(screen.getByRole('button', { name: 'Show these dates' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The end date must be on or after the start date.',
    );
  });
});
