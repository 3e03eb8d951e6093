import { Label, Radio, RadioGroup } from 'react-aria-components';
import { SHARING_BASES, SHARING_BASIS_LABELS, type SharingBasis } from '../../../../shared/domain/cases';
import { useWriter } from '../../../app/team/useWriter';
import { Banner } from '../../../ui/Banner';
import { ProtocolVersionLink } from '../../charter/versions/ProtocolVersionLink';
import { ProtocolVersionPicker } from '../../charter/versions/ProtocolVersionPicker';
import { TextField } from '../../../ui/forms/TextField';
import { ChangeButton } from '../page/ChangeButton';
import { DateField } from '../DateField';
import { FormFrame } from '../../../ui/forms/FormFrame';
import { updateCaseDetails } from '../caseCommands';

import type { CaseSectionProps } from '../page/caseSectionProps';
import { useEditingPart } from '../../../ui/forms/useEditingPart';
import { useSaveForm } from '../../../ui/forms/useSaveForm';
import { useDraftField } from '../../../app/drafts/useDraftField';
import { dayFromParts, partsFromDay, showDate } from '../../../../shared/dates';
import { SummaryList, SummaryRow } from '../../../ui/SummaryList';

/**
 * What was agreed about sharing this child's information: consent (when, by whom, for what) or the legal basis,
 * and any restriction. The case's `protocolVersionId` names the version of the team's information-sharing
 * procedure it follows; the charter module adds the choice of procedure to this form.
 */
export function InformationSharing(props: CaseSectionProps) {
  const { caseRow } = props;
  const { editing, saved, open, close, done } = useEditingPart<'sharing'>('change');
  const row = (label: string, value: string) => (
    <SummaryRow term={label} valueClassName="case-text">
      {value}
    </SummaryRow>
  );

  return (
    <section aria-labelledby="sharing-heading" className="case-section">
      <h2 id="sharing-heading">Information sharing</h2>
      {saved && (
        <Banner tone="success" live>
          {saved}
        </Banner>
      )}
      {caseRow.sharingRestriction.trim() !== '' && (
        <Banner tone="warning" title="Restriction on sharing">
          <p className="case-text">{caseRow.sharingRestriction}</p>
        </Banner>
      )}
      <SummaryList className="summary-list--two">
        {row('Basis', SHARING_BASIS_LABELS[caseRow.sharingBasis])}
        {caseRow.sharingBasis === 'consent' && (
          <>
            {row('Consent given by', caseRow.consentGivenBy || 'Not recorded')}
            {row('Consent given on', showDate(caseRow.consentGivenOn, 'Not recorded'))}
            {row('What the consent covers', caseRow.consentScope || 'Not recorded')}
          </>
        )}
        {caseRow.sharingBasis === 'legal-basis' && row('Legal basis', caseRow.legalBasis || 'Not recorded')}
        {row('Restriction', caseRow.sharingRestriction || 'None')}
        <SummaryRow term="Protocol followed">
          <ProtocolVersionLink versionId={caseRow.protocolVersionId} />
        </SummaryRow>
      </SummaryList>
      {editing === 'sharing' ? (
        <SharingForm {...props} onCancel={close} onSaved={done} />
      ) : (
        <ChangeButton id="change-sharing" what="information sharing" onPress={() => open('sharing')} />
      )}
    </section>
  );
}

function SharingForm({
  caseRow,
  onCancel,
  onSaved,
}: CaseSectionProps & { onCancel: () => void; onSaved: (m: string) => void }) {
  const form = useSaveForm('sharing-', `sharing:${caseRow.id}`);
  const writer = useWriter();
  const [basis, setBasis] = useDraftField<SharingBasis>(form.draftKey, 'basis', caseRow.sharingBasis);
  const [by, setBy] = useDraftField(form.draftKey, 'by', caseRow.consentGivenBy);
  const [on, setOn] = useDraftField(form.draftKey, 'on', partsFromDay(caseRow.consentGivenOn));
  const [scope, setScope] = useDraftField(form.draftKey, 'scope', caseRow.consentScope);
  const [legalBasis, setLegalBasis] = useDraftField(form.draftKey, 'legalBasis', caseRow.legalBasis);
  const [restriction, setRestriction] = useDraftField(
    form.draftKey,
    'restriction',
    caseRow.sharingRestriction,
  );
  const [protocolVersionId, setProtocolVersionId] = useDraftField(
    form.draftKey,
    'protocolVersionId',
    caseRow.protocolVersionId,
  );
  const consentOn = dayFromParts(on, 'The date consent was given');

  const submit = async () => {
    const consent = basis === 'consent';
    const ok = await form.run(
      () => ({
        'sharing-consentGivenBy': consent && by.trim() === '' ? 'Enter who gave consent.' : undefined,
        'sharing-consentGivenOn': consent && !consentOn.ok ? consentOn.message : undefined,
        'sharing-consentScope': consent && scope.trim() === '' ? 'Enter what the consent covers.' : undefined,
        'sharing-legalBasis':
          basis === 'legal-basis' && legalBasis.trim() === ''
            ? 'Enter the legal basis for sharing.'
            : undefined,
      }),
      () =>
        updateCaseDetails(writer, caseRow.id, {
          sharingBasis: basis,
          consentGivenBy: consent ? by : caseRow.consentGivenBy,
          consentGivenOn: consent && consentOn.ok ? consentOn.date : caseRow.consentGivenOn,
          consentScope: consent ? scope : caseRow.consentScope,
          legalBasis: basis === 'legal-basis' ? legalBasis : caseRow.legalBasis,
          sharingRestriction: restriction,
          protocolVersionId,
        }),
    );
    if (ok) onSaved('Information sharing saved.');
  };

  return (
    <FormFrame
      className="case-form"
      title="Change information sharing"
      form={form}
      submitLabel="Save"
      onSubmit={submit}
      onCancel={onCancel}
    >
      <RadioGroup
        className="field radio-group"
        value={basis}
        onChange={(value) => setBasis(SHARING_BASES.find((item) => item === value) ?? 'not-recorded')}
      >
        <Label className="field__label">On what basis is information shared?</Label>
        {SHARING_BASES.map((item) => (
          <Radio key={item} value={item} className="radio">
            {SHARING_BASIS_LABELS[item]}
          </Radio>
        ))}
      </RadioGroup>
      {basis === 'consent' && (
        <>
          <TextField
            id="sharing-consentGivenBy"
            label="Consent given by"
            hint="For example, “Mother” or “The young person”."
            value={by}
            onChange={setBy}
            error={form.errors['sharing-consentGivenBy']}
          />
          <DateField
            id="sharing-consentGivenOn"
            legend="Date consent was given"
            value={on}
            onChange={setOn}
            error={form.errors['sharing-consentGivenOn']}
          />
          <TextField
            id="sharing-consentScope"
            label="What the consent covers"
            multiline
            value={scope}
            onChange={setScope}
            error={form.errors['sharing-consentScope']}
          />
        </>
      )}
      {basis === 'legal-basis' && (
        <TextField
          id="sharing-legalBasis"
          label="Legal basis"
          multiline
          value={legalBasis}
          onChange={setLegalBasis}
          error={form.errors['sharing-legalBasis']}
        />
      )}
      <TextField
        id="sharing-sharingRestriction"
        label="Any restriction (optional)"
        hint="For example, “Do not share the new address with the other parent”."
        multiline
        value={restriction}
        onChange={setRestriction}
        error={form.errors['sharing-sharingRestriction']}
      />
      <ProtocolVersionPicker
        id="sharing-protocolVersionId"
        value={protocolVersionId}
        onChange={setProtocolVersionId}
        error={form.errors['sharing-protocolVersionId']}
      />
    </FormFrame>
  );
}
