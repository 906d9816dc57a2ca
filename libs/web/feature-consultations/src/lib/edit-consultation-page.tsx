import { Link, useNavigate, useParams } from 'react-router';
import { isOfficerRole } from '@concertation/shared-domain';
import { useConsultation, useConsultationAudience, useDescribeError, useUpdateConsultation } from '@concertation/web-data-access';
import { useI18n } from '@concertation/web-i18n';
import { paths } from '@concertation/shared-paths';
import { ErrorMessage, Loading, PageHeader } from '@concertation/web-ui';
import { valuesFromConsultation } from './builder-model';
import { ConsultationBuilder } from './consultation-builder-page';

/** `/consultations/:id/edit`: the running table's officers change a DRAFT in the builder, until it is opened. */
export function EditConsultationPage() {
  const { id = '' } = useParams();
  const { t } = useI18n();
  const describe = useDescribeError();
  const navigate = useNavigate();
  const consultationQuery = useConsultation(id);
  const consultation = consultationQuery.data?.consultation ?? null;
  const audienceQuery = useConsultationAudience(consultation?.table.id ?? '');
  const table = consultation ? (audienceQuery.data?.table ?? null) : null;
  const [update] = useUpdateConsultation();

  if ((consultationQuery.loading && !consultation) || (consultation && audienceQuery.loading && !table)) return <Loading label={t('common.loading')} />;
  const error = consultationQuery.error ?? audienceQuery.error;
  if (!consultation || !table) {
    return (
      <>
        <PageHeader title={t('consultations.notFoundTitle')} />
        <ErrorMessage>{error ? describe(error) : t('errors.notFound')}</ErrorMessage>
        <p>
          <Link to={paths.myConsultations()}>{t('consultations.mine.title')}</Link>
        </p>
      </>
    );
  }
  const back = paths.consultation(consultation.id);
  const refusal = !isOfficerRole(table.viewerRole)
    ? 'consultations.builder.officersOnly'
    : table.archivedAt
      ? 'consultations.builder.archived'
      : consultation.status !== 'DRAFT'
        ? 'consultations.edit.notDraft'
        : null;
  const header = (
    <PageHeader
      eyebrow={<Link to={back}>{consultation.title}</Link>}
      title={t('consultations.edit.title')}
      description={refusal ? undefined : <p>{t('consultations.edit.intro')}</p>}
    />
  );
  if (refusal) {
    return (
      <>
        {header}
        <ErrorMessage>{t(refusal)}</ErrorMessage>
        <p>
          <Link to={back}>{t('consultations.edit.back')}</Link>
        </p>
      </>
    );
  }
  return (
    <>
      {header}
      <ConsultationBuilder
        table={table}
        initial={(zone) => valuesFromConsultation(consultation, zone)}
        submitLabel={t('consultations.edit.submit')}
        onSubmit={async ({ title, description, closesAt, audienceTableIds, questions }) => {
          // Its running table stays: everything else the builder checked is sent.
          const saved = await update(consultation.id, { title, description, closesAt, audienceTableIds, questions });
          if (saved) navigate(paths.consultation(saved.id), { state: { notice: t('consultations.edit.saved') } });
        }}
        onCancel={() => navigate(back)}
      />
    </>
  );
}
