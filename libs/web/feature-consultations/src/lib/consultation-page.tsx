import { useRef, useState } from 'react';
import { Link, useParams } from 'react-router';
import { isOfficerRole } from '@concertation/shared-domain';
import {
  useConsultation,
  useConsultationProgress,
  useDescribeError,
  useSession,
  type ConsultationDetail,
  type ConsultationProgressEvent,
} from '@concertation/web-data-access';
import { useI18n } from '@concertation/web-i18n';
import { paths } from '@concertation/shared-paths';
import { ErrorMessage, Loading, PageHeader, Section } from '@concertation/web-ui';
import { valuesFromResponse } from './answers';
import { ConsultationFacts, QuestionList, useFormatInZone, useTableZone } from './consultation-facts';
import { ConsultationManagement } from './consultation-management';
import { ConsultationProgressPanel } from './consultation-progress';
import { ConsultationResults } from './consultation-results';
import { QuestionnaireFields } from './questionnaire-fields';
import { ResponseForm } from './response-form';
import { ConsultationStatusBadge } from './status-badge';

/**
 * The organization the viewer may answer for: the viewer's own (confirmed) organization, when it
 * is invited and the viewer sits at one of the audience tables (docs/api-guide.md).
 */
function answeringOrganization(consultation: ConsultationDetail, organization: { id: string; name: string } | null | undefined) {
  if (!organization) return null;
  const invited = consultation.invitedOrganizations.some((invitedOrganization) => invitedOrganization.id === organization.id);
  const seated = consultation.audienceTables.some((table) => table.viewerRole !== null);
  return invited && seated ? organization : null;
}

/** What screen readers hear when a live event arrives: who answered, or that it opened or closed. */
function describeProgress(before: ConsultationDetail | undefined, event: ConsultationProgressEvent, t: ReturnType<typeof useI18n>['t']): string {
  const after = event.consultation;
  if (before && before.status !== after.status) return t(after.status === 'OPEN' ? 'consultations.progress.openedLive' : 'consultations.progress.closedLive');
  const known = new Set(before?.respondedOrganizations.map((organization) => organization.id) ?? []);
  const newcomer = after.respondedOrganizations.find((organization) => !known.has(organization.id));
  return newcomer ? t('consultations.progress.answeredLive', { name: newcomer.name }) : '';
}

/** `/consultations/:id`: what is asked, who has answered (live), the organization's answer, and the results. */
export function ConsultationPage() {
  const { id = '' } = useParams();
  const { t, tp } = useI18n();
  const describe = useDescribeError();
  const { me } = useSession();
  const { data, loading, error } = useConsultation(id);
  const consultation = data?.consultation ?? undefined;
  const [announcement, setAnnouncement] = useState('');
  // The consultation as the last event (or the first load) left it: each event is told against it.
  const seen = useRef<ConsultationDetail | undefined>(undefined);
  if (!seen.current && consultation) seen.current = consultation;
  const zone = useTableZone(consultation?.table);
  const inZone = useFormatInZone();

  useConsultationProgress(id, {
    skip: !consultation || consultation.status === 'CLOSED',
    onProgress: (event) => {
      const message = describeProgress(seen.current, event, t);
      seen.current = event.consultation;
      const counts = tp('consultations.progress.count', event.responseCount, { total: event.invitedCount });
      setAnnouncement(message ? `${message} ${counts}.` : `${counts}.`);
    },
  });

  if (loading && !consultation) return <Loading label={t('consultations.loading')} />;
  if (!consultation) {
    return (
      <>
        <PageHeader title={t('consultations.notFoundTitle')} />
        <ErrorMessage>{error ? describe(error) : t('errors.notFound')}</ErrorMessage>
        <p>
          <Link to={paths.myConsultations()}>{t('consultations.backToMine')}</Link>
        </p>
      </>
    );
  }

  const isOfficer = isOfficerRole(consultation.table.viewerRole);
  const organization = answeringOrganization(consultation, me?.organization);
  const closed = consultation.status === 'CLOSED';

  return (
    <>
      <PageHeader
        eyebrow={<Link to={paths.table(consultation.table.id)}>{t('consultations.runBy', { name: consultation.table.name })}</Link>}
        title={consultation.title}
        description={
          <>
            <p className="badges">
              <ConsultationStatusBadge status={consultation.status} />
              <span>{t(closed ? 'consultations.closedAt' : 'consultations.closesAt', { date: inZone(consultation.closesAt, zone) })}</span>
            </p>
            {consultation.description && <p className="prose">{consultation.description}</p>}
          </>
        }
      />
      {isOfficer && <ConsultationManagement consultation={consultation} />}
      <div className="columns">
        <Section title={t('consultations.details.about')}>
          <ConsultationFacts consultation={consultation} />
        </Section>
        <Section title={t('consultations.progress.title')}>
          <ConsultationProgressPanel consultation={consultation} announcement={announcement} />
        </Section>
      </div>
      {organization && consultation.status === 'OPEN' ? (
        <Section title={t('consultations.response.title', { organization: organization.name })}>
          <ResponseForm key={`${consultation.id}:${organization.id}`} consultation={consultation} organization={organization} />
        </Section>
      ) : organization && closed && consultation.viewerResponse ? (
        <Section title={t('consultations.response.closedTitle', { organization: organization.name })}>
          <p className="muted">{t('consultations.response.closedNote')}</p>
          <QuestionnaireFields questions={consultation.questions} values={valuesFromResponse(consultation.viewerResponse)} disabled />
        </Section>
      ) : (
        <Section title={t('consultations.details.questionnaire')}>
          <p className="muted">
            {tp('consultations.details.questionsCount', consultation.questions.length)}
            {organization && consultation.status === 'DRAFT' && <> · {t('consultations.response.notOpenYet')}</>}
          </p>
          <QuestionList consultation={consultation} />
        </Section>
      )}
      {consultation.results && <ConsultationResults consultation={consultation} results={consultation.results} />}
    </>
  );
}
