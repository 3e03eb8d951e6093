import {
  LAWFUL_BASIS_LABELS,
  SPECIAL_CATEGORY_LABELS,
  type SharingDecision,
} from '../../../../shared/domain/sharing';
import { useWriter } from '../../../app/team/useWriter';
import { Banner } from '../../../ui/Banner';
import { ProtocolVersionLink } from '../../charter/versions/ProtocolVersionLink';
import { ProtocolVersionPicker } from '../../charter/versions/ProtocolVersionPicker';
import { TextField } from '../../../ui/forms/TextField';
import { ChangeButton } from '../page/ChangeButton';
import { OpenFormButton } from '../../../ui/forms/OpenFormButton';
import { personName } from '../caseWords';
import { SharingBasisForm } from './SharingBasisForm';
import { CaseForm } from '../page/CaseForm';
import { updateCaseDetails } from '../caseCommands';
import { CaseSection } from '../page/CaseSection';

import type { CaseSectionProps } from '../page/caseSectionProps';
import { useEditingPart } from '../../../ui/forms/useEditingPart';
import { useSaveForm } from '../../../ui/forms/useSaveForm';
import { useFormField } from '../../../ui/forms/useFormField';
import { useDraftField } from '../../../app/drafts/useDraftField';
import { showDate } from '../../../../shared/dates';
import { SummaryList, SummaryRow } from '../../../ui/SummaryList';

/**
 * What was agreed about sharing this child's information: the lawful basis in force (who decided, when, why, when
 * to review it) with every earlier basis below it, and any restriction. The case's `protocolVersionId` names the
 * version of the team's information-sharing procedure it follows.
 */
export function InformationSharing(props: CaseSectionProps) {
  const { caseRow, rows, members } = props;
  const { editing, saved, open, close, done } = useEditingPart<'sharing' | 'protocol' | 'basis'>('change');
  const [current, ...earlier] = rows.sharingDecisions;
  // Either row's Change opens the one form of both; closing it gives focus back to the Change that opened it.
  const changing = editing === 'sharing' || editing === 'protocol';

  return (
    <CaseSection id="sharing" title="Information sharing" saved={saved}>
      {caseRow.sharingRestriction.trim() !== '' && (
        <Banner tone="warning" title="Restriction on sharing">
          <p className="case-text">{caseRow.sharingRestriction}</p>
        </Banner>
      )}
      <SummaryList className="summary-list--two">
        {current ? (
          <DecisionRows decision={current} members={members} />
        ) : (
          <SummaryRow term="Lawful basis">Not yet recorded</SummaryRow>
        )}
      </SummaryList>
      {editing === 'basis' ? (
        <SharingBasisForm {...props} onCancel={close} onSaved={done} />
      ) : (
        <div className="button-row">
          <OpenFormButton id="change-basis" onOpen={() => open('basis')}>
            {current ? 'Record a new basis for sharing' : 'Record the basis for sharing'}
          </OpenFormButton>
        </div>
      )}
      {/* The restriction and the procedure are changed in place, each from its own row, apart from the basis:
          a new basis is recorded beside the earlier ones, never changed. */}
      <SummaryList>
        <SummaryRow
          term="Restriction"
          valueClassName="case-text"
          actions={
            changing ? undefined : (
              <ChangeButton
                id="change-sharing"
                what="restriction on sharing"
                onPress={() => open('sharing')}
              />
            )
          }
        >
          {caseRow.sharingRestriction || 'None'}
        </SummaryRow>
        <SummaryRow
          term="Protocol followed"
          actions={
            changing ? undefined : (
              <ChangeButton id="change-protocol" what="protocol followed" onPress={() => open('protocol')} />
            )
          }
        >
          <ProtocolVersionLink versionId={caseRow.protocolVersionId} />
        </SummaryRow>
      </SummaryList>
      {changing && <SharingForm {...props} onCancel={close} onSaved={done} />}
      {earlier.length > 0 && (
        <>
          <h3>Earlier bases for sharing</h3>
          <ol className="case-list">
            {earlier.map((decision) => (
              <li key={decision.id} className="case-list__item">
                <SummaryList className="summary-list--two">
                  <DecisionRows decision={decision} members={members} />
                </SummaryList>
              </li>
            ))}
          </ol>
        </>
      )}
    </CaseSection>
  );
}

function DecisionRows({
  decision,
  members,
}: {
  decision: SharingDecision;
  members: CaseSectionProps['members'];
}) {
  return (
    <>
      <SummaryRow term="Lawful basis">{LAWFUL_BASIS_LABELS[decision.basis]}</SummaryRow>
      {decision.specialCategory !== 'none' && (
        <SummaryRow term="Special-category information">
          {SPECIAL_CATEGORY_LABELS[decision.specialCategory]}
        </SummaryRow>
      )}
      {decision.basis === 'consent' && (
        <>
          <SummaryRow term="Consent given by">{decision.consentGivenBy || 'Not recorded'}</SummaryRow>
          <SummaryRow term="What the consent covers" valueClassName="case-text">
            {decision.consentScope || 'Not recorded'}
          </SummaryRow>
        </>
      )}
      <SummaryRow term="Decided">
        {`${showDate(decision.decidedOn)} by ${personName(members, decision.decidedBy, 'someone not recorded')}`}
      </SummaryRow>
      <SummaryRow term="Why" valueClassName="case-text">
        {decision.reason || 'Not recorded'}
      </SummaryRow>
      <SummaryRow term="Review by">{showDate(decision.reviewOn, 'No date set')}</SummaryRow>
    </>
  );
}

function SharingForm({
  caseRow,
  ...done
}: CaseSectionProps & { onCancel: () => void; onSaved: (m: string) => void }) {
  const form = useSaveForm('sharing-', `sharing:${caseRow.id}`);
  const writer = useWriter();
  const restriction = useFormField(form, 'sharingRestriction', caseRow.sharingRestriction);
  const [protocolVersionId, setProtocolVersionId] = useDraftField(
    form.draftKey,
    'protocolVersionId',
    caseRow.protocolVersionId,
  );

  return (
    <CaseForm
      title="Change the restriction and procedure"
      form={form}
      save={() =>
        updateCaseDetails(writer, caseRow.id, { sharingRestriction: restriction.value, protocolVersionId })
      }
      saved="Information sharing saved."
      {...done}
    >
      <TextField
        {...restriction}
        label="Any restriction (optional)"
        hint="For example, “Do not share the new address with the other parent”."
        multiline
      />
      <ProtocolVersionPicker
        id="sharing-protocolVersionId"
        value={protocolVersionId}
        onChange={setProtocolVersionId}
        error={form.errors['sharing-protocolVersionId']}
      />
    </CaseForm>
  );
}
