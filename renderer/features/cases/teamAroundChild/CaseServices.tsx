import { SERVICE_STATUS_LABELS } from '../../../../shared/domain/cases';
import { useWriter } from '../../../app/team/useWriter';
import { ChangeButton } from '../page/ChangeButton';
import { ServiceForm } from './ServiceForm';
import { CaseSection } from '../page/CaseSection';

import type { CaseSectionProps } from '../page/caseSectionProps';
import { personName } from '../caseWords';
import { deleteCaseRow } from '../caseRowCommands';
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
  const writer = useWriter();
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
              <div className="button-row no-print">
                <ChangeButton
                  id={`service-${service.id}`}
                  what={`service: ${service.name}`}
                  onPress={() => open(service.id)}
                />
                <button
                  type="button"
                  className="link-button"
                  onClick={() =>
                    void deleteCaseRow(writer, 'services', service.id).then(() =>
                      onDeleted('services', service.id, `the service “${service.name}”`, index),
                    )
                  }
                >
                  Delete<span className="visually-hidden"> service: {service.name}</span>
                </button>
              </div>
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
