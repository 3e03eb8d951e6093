import { useState } from 'react';
import { showDate, todayIso } from '../../../../shared/dates';
import { casesPastRetention, keptUntil } from '../../../../shared/access/retention';
import type { RowOf } from '../../../../shared/domain/registry';
import { can } from '../../../../shared/domain/roles';
import { usePerson } from '../../../app/team/usePerson';
import { useTeam } from '../../../app/team/useTeam';
import { useWriter } from '../../../app/team/useWriter';
import { PageHeader } from '../../../ui/PageHeader';
import { TextField } from '../../../ui/forms/TextField';
import { purgeClosedCase, setClosedCaseRetention } from '../accessCommands';
import { BackToSettings } from '../BackToSettings';
import { ConfirmDialog } from '../../../ui/ConfirmDialog';
import { useActionMessage } from '../../../ui/useActionMessage';
import { useClosedCases } from './useClosedCases';
import { useTeamRecord } from '../../../app/data/useTeamRecord';
import '../access.css';
import { MessageBanner } from '../../../ui/MessageBanner';
import { PageForm } from '../../../ui/forms/PageForm';
import { useSaveForm } from '../../../ui/forms/useSaveForm';
import { DataTable } from '../../../ui/DataTable';
import { RowButton } from '../../../ui/RowButton';

/** How long closed cases are kept, and the closed cases past that time for a leader to review and remove. */
export function RetentionPage() {
  const { team } = useTeam();
  const person = usePerson();
  const writer = useWriter();
  const teamRecord = useTeamRecord();
  const closed = useClosedCases();
  const { message, run, say } = useActionMessage();
  const form = useSaveForm('retention-');
  const [draft, setDraft] = useState<string | null>(null);
  const [purging, setPurging] = useState<RowOf<'cases'> | null>(null);
  const mayChange = can(person, 'purge');
  const months = teamRecord?.closedCaseRetentionMonths ?? 72;
  const today = todayIso();
  const due = closed ? casesPastRetention(closed, months, today) : undefined;

  const save = async () => {
    const value = Number(draft ?? months);
    const saved = await form.run(
      () => ({
        'retention-months':
          Number.isInteger(value) && value >= 1 && value <= 600
            ? undefined
            : 'Enter a whole number of months from 1 to 600.',
      }),
      () => setClosedCaseRetention(writer, team.id, value),
    );
    if (saved)
      say(`Closed cases are now kept for ${value} ${value === 1 ? 'month' : 'months'} after they close.`);
  };

  return (
    <>
      <PageHeader title="Keeping closed cases" />
      <BackToSettings />
      <MessageBanner message={message} />
      {mayChange ? (
        <PageForm
          title="How long closed cases are kept"
          form={form}
          submitLabel="Save"
          onSubmit={() => void save()}
        >
          <TextField
            id="retention-months"
            label="Keep closed cases for this many months after they close"
            hint="Follow your agencies’ records policies. After this time, a team leader reviews each case and removes its personal details."
            type="number"
            inputMode="numeric"
            min={1}
            max={600}
            value={draft ?? String(months)}
            onChange={setDraft}
            error={form.errors['retention-months']}
          />
        </PageForm>
      ) : (
        <p>
          Closed cases are kept for {months} months after they close. Only a team leader can change this, or
          remove a case’s details.
        </p>
      )}
      <h2>Closed cases kept longer than {months} months</h2>
      {due === undefined ? (
        <p role="status">Loading…</p>
      ) : due.length === 0 ? (
        <p>No closed case has been kept longer than the team’s time.</p>
      ) : (
        <DataTable
          caption="Closed cases past the team’s time"
          captionHidden
          columns={['Case', 'Closed on', 'Kept until', mayChange && { label: 'Actions', hidden: true }]}
        >
          {due.map((record) => (
            <tr key={record.id}>
              <th scope="row">
                {record.reference} {record.displayName}
              </th>
              <td>{showDate(record.closedAt, '')}</td>
              <td>{record.closedAt ? showDate(keptUntil(record.closedAt, months)) : ''}</td>
              {mayChange && (
                <td>
                  <RowButton tone="warning" row={`of ${record.reference}`} onPress={() => setPurging(record)}>
                    Remove personal details
                  </RowButton>
                </td>
              )}
            </tr>
          ))}
        </DataTable>
      )}
      <ConfirmDialog
        isOpen={purging !== null}
        title={`Remove the personal details of ${purging?.reference ?? ''} for good?`}
        confirmLabel="Remove for good"
        onCancel={() => setPurging(null)}
        onConfirm={() => {
          const record = purging;
          setPurging(null);
          if (record) {
            void run(
              () => purgeClosedCase(writer, record.id),
              `The personal details of ${record.reference} were removed for good.`,
            );
          }
        }}
      >
        <p>
          The case’s name, notes, views, actions and chronology are cleared on this PC now, and on every other
          PC once your changes reach it. This cannot be undone. Only the case reference and a note in the
          change history that it was removed, and by whom, are kept.
        </p>
      </ConfirmDialog>
    </>
  );
}
