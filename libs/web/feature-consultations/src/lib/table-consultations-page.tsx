import { Link, useParams } from 'react-router';
import { isOfficerRole } from '@concertation/shared-domain';
import { useDescribeError, useSession, useTableConsultations } from '@concertation/web-data-access';
import { useI18n } from '@concertation/web-i18n';
import { paths } from '@concertation/shared-paths';
import { buttonClassName, ErrorMessage, Loading, PageHeader, Section } from '@concertation/web-ui';
import { ConsultationList } from './consultation-list';

/** `/tables/:id/consultations`: those the table runs, and those other tables address to it. */
export function TableConsultationsPage() {
  const { id = '' } = useParams();
  const { t } = useI18n();
  const describe = useDescribeError();
  const { me } = useSession();
  const { data, loading, error } = useTableConsultations(id);
  const table = data?.table;

  if (loading && !table) return <Loading label={t('consultations.table.loading')} />;
  if (!table) {
    return (
      <>
        <PageHeader title={t('tables.notFoundTitle')} />
        <ErrorMessage>{error ? describe(error) : t('errors.notFound')}</ErrorMessage>
      </>
    );
  }

  const run = table.consultations.filter((consultation) => consultation.table.id === table.id);
  const addressed = table.consultations.filter((consultation) => consultation.table.id !== table.id);
  const organizationId = me?.organization?.id ?? null;
  const canCreate = isOfficerRole(table.viewerRole) && !table.archivedAt;

  return (
    <>
      <PageHeader
        level={2}
        title={t('consultations.table.title')}
        actions={
          canCreate && (
            <Link className={buttonClassName('primary')} to={paths.createConsultation(table.id)}>
              {t('consultations.table.new')}
            </Link>
          )
        }
      />
      <Section title={t('consultations.table.runHeading')}>
        {run.length === 0 ? (
          <p className="muted">{t('consultations.table.noneRun')}</p>
        ) : (
          <ConsultationList consultations={run} caption={t('consultations.table.runCaption')} organizationId={organizationId} showTable={false} />
        )}
      </Section>
      <Section title={t('consultations.table.addressedHeading')}>
        {addressed.length === 0 ? (
          <p className="muted">{t('consultations.table.noneAddressed')}</p>
        ) : (
          <ConsultationList consultations={addressed} caption={t('consultations.table.addressedCaption')} organizationId={organizationId} />
        )}
      </Section>
    </>
  );
}
