import { useState } from 'react';
import { useDescribeError, useMyConsultations, useSession, type ConsultationStatus } from '@concertation/web-data-access';
import { useI18n } from '@concertation/web-i18n';
import { EmptyState, ErrorMessage, Loading, PageHeader, SelectField } from '@concertation/web-ui';
import { ConsultationList } from './consultation-list';

const STATUSES: readonly ConsultationStatus[] = ['OPEN', 'DRAFT', 'CLOSED'];

/** `/consultations`: those addressed to the viewer's organization and those the viewer's tables run. */
export function MyConsultationsPage() {
  const { t } = useI18n();
  const describe = useDescribeError();
  const { me } = useSession();
  const [status, setStatus] = useState<ConsultationStatus | ''>('');
  const { data, loading, error } = useMyConsultations(status || null);
  const consultations = data?.myConsultations;

  return (
    <>
      <PageHeader title={t('consultations.mine.title')} description={<p>{t('consultations.mine.intro')}</p>} />
      <div className="filter-bar consultation-filter">
        <SelectField
          label={t('consultations.mine.filter')}
          placeholder={t('consultations.mine.allStatuses')}
          options={STATUSES.map((value) => ({ value, label: t(`consultations.status.${value}` as const) }))}
          value={status}
          onChange={(event) => setStatus(event.target.value as ConsultationStatus | '')}
        />
      </div>
      {error && !consultations && <ErrorMessage>{describe(error)}</ErrorMessage>}
      {!consultations ? (
        loading && <Loading label={t('consultations.mine.loading')} />
      ) : consultations.length === 0 ? (
        <EmptyState title={t('consultations.mine.emptyTitle')}>
          <p>{t('consultations.mine.empty')}</p>
        </EmptyState>
      ) : (
        <ConsultationList consultations={consultations} caption={t('consultations.mine.caption')} organizationId={me?.organization?.id ?? null} />
      )}
    </>
  );
}
