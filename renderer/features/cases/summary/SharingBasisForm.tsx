import { Label, Radio, RadioGroup } from 'react-aria-components';
import {
  LAWFUL_BASES,
  LAWFUL_BASIS_HINTS,
  LAWFUL_BASIS_LABELS,
  SPECIAL_CATEGORY_CONDITIONS,
  SPECIAL_CATEGORY_LABELS,
  type LawfulBasis,
  type SpecialCategoryCondition,
} from '../../../../shared/domain/sharing';
import { dayFromParts, partsFromDay } from '../../../../shared/dates';
import { useFormField } from '../../../ui/forms/useFormField';
import { useDraftField } from '../../../app/drafts/useDraftField';
import { useWriter } from '../../../app/team/useWriter';
import { CaseForm, type CaseFormDone } from '../page/CaseForm';
import { MemberField } from '../../../ui/forms/MemberField';
import { TextField } from '../../../ui/forms/TextField';
import { useSaveForm } from '../../../ui/forms/useSaveForm';
import { DateField } from '../DateField';
import { recordSharingDecision } from '../caseRowCommands';
import type { CaseSectionProps } from '../page/caseSectionProps';

interface SharingBasisFormProps extends CaseSectionProps, CaseFormDone {}

/**
 * Records the basis for sharing as a new decision: who decided, when, why and when to look at it again. Switching
 * away from consent asks why, and the consent stays in the history below.
 */
export function SharingBasisForm({ caseRow, rows, team, today, ...done }: SharingBasisFormProps) {
  const form = useSaveForm('basis-', `sharing-basis:${caseRow.id}`);
  const writer = useWriter();
  const current = rows.sharingDecisions[0];
  const [basis, setBasis] = useDraftField<LawfulBasis>(form.draftKey, 'basis', current?.basis ?? 'consent');
  const [special, setSpecial] = useDraftField<SpecialCategoryCondition>(
    form.draftKey,
    'specialCategory',
    current?.specialCategory ?? 'none',
  );
  const decidedBy = useFormField(form, 'decidedBy', writer.person.id);
  const on = useFormField(form, 'decidedOn', partsFromDay(today));
  const reason = useFormField(form, 'reason', '');
  const review = useFormField(form, 'reviewOn', partsFromDay(null));
  const givenBy = useFormField(form, 'consentGivenBy', '');
  const scope = useFormField(form, 'consentScope', '');
  const decidedOn = dayFromParts(on.value, 'The date decided');
  const reviewOn = dayFromParts(review.value, 'The review date');
  const fromConsent = current?.basis === 'consent' && basis !== 'consent';

  return (
    <CaseForm
      title="Record the basis for sharing"
      submitLabel="Record the basis"
      form={form}
      problems={{
        [on.id]: !decidedOn.ok
          ? decidedOn.message
          : decidedOn.date === null
            ? 'Enter the date it was decided.'
            : undefined,
        [review.id]: reviewOn.ok ? undefined : reviewOn.message,
        [reason.id]:
          reason.value.trim() === ''
            ? fromConsent
              ? 'Say why consent is no longer the basis.'
              : 'Say why this basis applies.'
            : undefined,
        [givenBy.id]:
          basis === 'consent' && givenBy.value.trim() === '' ? 'Enter who gave consent.' : undefined,
      }}
      save={() =>
        recordSharingDecision(writer, caseRow.id, {
          basis,
          specialCategory: special,
          decidedBy: decidedBy.value || null,
          decidedOn: decidedOn.ok && decidedOn.date !== null ? decidedOn.date : today,
          reason: reason.value,
          reviewOn: reviewOn.ok ? reviewOn.date : null,
          consentGivenBy: givenBy.value,
          consentScope: scope.value,
        })
      }
      saved="Basis for sharing recorded."
      {...done}
    >
      <RadioGroup
        className="field radio-group"
        value={basis}
        onChange={(value) => setBasis(LAWFUL_BASES.find((item) => item === value) ?? 'consent')}
      >
        <Label className="field__label">The lawful basis for sharing</Label>
        {LAWFUL_BASES.map((item) => (
          <Radio key={item} value={item} className="radio">
            {LAWFUL_BASIS_LABELS[item]}
            <span className="field__hint radio__hint">{LAWFUL_BASIS_HINTS[item]}</span>
          </Radio>
        ))}
      </RadioGroup>
      <RadioGroup
        className="field radio-group"
        value={special}
        onChange={(value) => setSpecial(SPECIAL_CATEGORY_CONDITIONS.find((item) => item === value) ?? 'none')}
      >
        <Label className="field__label">Health or other special-category information</Label>
        {SPECIAL_CATEGORY_CONDITIONS.map((item) => (
          <Radio key={item} value={item} className="radio">
            {SPECIAL_CATEGORY_LABELS[item]}
          </Radio>
        ))}
      </RadioGroup>
      {basis === 'consent' && (
        <div className="case-form__nested">
          <TextField {...givenBy} label="Consent given by" hint="For example Mother, or The young person." />
          <TextField {...scope} label="What the consent covers (optional)" multiline />
        </div>
      )}
      <MemberField {...decidedBy} label="Who decided" emptyLabel="Not recorded" members={team} />
      <DateField {...on} legend="Date decided" />
      <TextField
        {...reason}
        label={fromConsent ? 'Why consent is no longer the basis' : 'Why this basis applies'}
        hint={fromConsent ? 'The consent stays in the history with this reason.' : undefined}
        multiline
      />
      <DateField {...review} legend="Review by (optional)" />
    </CaseForm>
  );
}
