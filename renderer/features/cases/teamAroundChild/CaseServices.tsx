import { SERVICE_STATUS_LABELS } from '../../../../shared/domain/cases';
import { CaseRowButtons } from '../page/CaseRowButtons';
import { ServiceForm } from './ServiceForm';
import { CaseSection } from '../page/CaseSection';

import type { CaseSectionProps } from '../page/caseSectionProps';
import { personName } from '../caseWords';
import { CaseRowList } from '../page/CaseRowList';
import { useEditingPart } from '../../../ui/forms/useEditingPart';
import { showDate } from '../../../../shared/dates';
import { OpenFormButton } from '../../../ui/forms/OpenFormButton';

const STATUS_TAG = {
  recommended: 'tag',
  obtained: 'tag tag--success',
  declined: 'tag tag--warning',
  'not-available': 'tag tag--warning',
} as const;

export function CaseServices(props: CaseSectionProps) {
  const { members, onDeleted } = props;
  const { editing, saved, open, close, done } = useEditingPart<string>('service');

  return (
    <CaseSection id="services" title="Services" saved={saved}>
      <CaseRowList section={props} table="services" empty="No services recommended yet.">
        {(service, index) => (
          <>
            <p className="case-list__title">
              <strong className={`${STATUS_TAG[service.status]} case-tag-gap`}>
                {SERVICE_STATUS_LABELS[service.status]}
              </strong>
              {service.name}
            </p>
            <dl className="case-facts">
              <div>
                <dt>Recommended by</dt>
                <dd>{personName(members, service.recommendedBy, 'Not recorded')}</dd>
              </div>
              <div>
                <dt>Recommended on</dt>
                <dd>{showDate(service.recommendedOn, 'Not recorded')}</dd>
              </div>
              {service.status === 'obtained' && (
                <div>
                  <dt>Obtained on</dt>
                  <dd>{showDate(service.obtainedOn, 'Not recorded')}</dd>
                </div>
              )}
              {(service.status === 'declined' || service.status === 'not-available') && (
                <div>
                  <dt>Why not</dt>
                  <dd className="case-text">{service.whyNot}</dd>
                </div>
              )}
            </dl>
            {editing === service.id ? (
              <ServiceForm {...props} service={service} onCancel={close} onSaved={done} />
            ) : (
              <CaseRowButtons
                table="services"
                row={service}
                index={index}
                kind="service"
                name={service.name}
                onChange={() => open(service.id)}
                onDeleted={onDeleted}
              />
            )}
          </>
        )}
      </CaseRowList>
      {editing === 'add' ? (
        <ServiceForm {...props} service={null} onCancel={close} onSaved={done} />
      ) : (
        <OpenFormButton id="service-add" onOpen={() => open('add')}>
          Add a service
        </OpenFormButton>
      )}
    </CaseSection>
  );
}
