import { useId, useState } from 'react';
import { Link, useParams } from 'react-router';
import { isOfficerRole } from '@concertation/shared-domain';
import { hasErrorCode, useDescribeError, useProtocol, type ProtocolDetail } from '@concertation/web-data-access';
import { useI18n } from '@concertation/web-i18n';
import { paths } from '@concertation/shared-paths';
import { Alert, Badge, Button, EmptyState, ErrorMessage, Loading, Markdown, PageHeader, Section } from '@concertation/web-ui';
import { AdoptionTable } from './adoption-table';
import { CoverageSection } from './coverage-section';
import { useOfficerTables } from './officer-seats';
import { PublishVersionForm } from './publish-version-form';
import { RecordAdoptionForm } from './record-adoption-form';
import { VersionDiff } from './version-diff';
import { VersionHistory } from './version-history';

/** A protocol: its text in force, its history and diffs, where it is adopted, and what officers may do. */
export function ProtocolPage() {
  const { id = '' } = useParams();
  const { t } = useI18n();
  const describe = useDescribeError();
  const { data, loading, error } = useProtocol(id);
  const protocol = data?.protocol;

  if (loading && !protocol) return <Loading label={t('protocols.detail.loading')} />;
  if (!protocol) {
    const notFound = !error || hasErrorCode(error, 'NOT_FOUND');
    return (
      <>
        <PageHeader title={t('protocols.detail.notFoundTitle')} />
        {notFound ? <EmptyState title={t('errors.notFound')} /> : <ErrorMessage>{describe(error)}</ErrorMessage>}
        <p>
          <Link to={paths.protocols()}>{t('protocols.detail.back')}</Link>
        </p>
      </>
    );
  }
  return <ProtocolView protocol={protocol} />;
}

function ProtocolView({ protocol }: { protocol: ProtocolDetail }) {
  const { t, tp, formatDate, formatDateTime } = useI18n();
  const officerTables = useOfficerTables();
  const [notice, setNotice] = useState<string | null>(null);
  const [publishing, setPublishing] = useState(false);
  const [adopting, setAdopting] = useState(false);
  const publishFormId = useId();
  const adoptFormId = useId();
  const current = protocol.versions[0] ?? null;
  const currentNumber = protocol.currentVersion?.number ?? current?.number ?? null;
  const ownerOfficer = isOfficerRole(protocol.ownerTable.viewerRole);

  const done = (setOpen: (open: boolean) => void) => (message: string) => {
    setOpen(false);
    setNotice(message);
  };

  return (
    <>
      <PageHeader eyebrow={t('protocols.detail.eyebrow')} title={protocol.title} description={protocol.summary ? <p>{protocol.summary}</p> : undefined} />
      {notice && <Alert tone="success">{notice}</Alert>}

      <Section title={t('protocols.detail.about')}>
        <dl className="facts">
          <dt>{t('protocols.detail.ownerTable')}</dt>
          <dd>
            <Link to={paths.table(protocol.ownerTable.id)}>{protocol.ownerTable.name}</Link>
          </dd>
          <dt>{t('protocols.detail.sectors')}</dt>
          <dd>
            <span className="badges badges--inline">
              {protocol.sectors.map((sector) => (
                <Badge key={sector}>{t(`sectors.${sector}` as const)}</Badge>
              ))}
            </span>
          </dd>
          <dt>{t('protocols.detail.currentVersion')}</dt>
          <dd>
            {current ? t('protocols.detail.versionOn', { number: current.number, date: formatDate(current.publishedAt) }) : t('protocols.list.noVersion')}
          </dd>
          <dt>{t('protocols.detail.coverage')}</dt>
          <dd>{tp('protocols.coverage.adopted', protocol.coverage.adoptedCount)}</dd>
        </dl>
      </Section>

      <Section
        title={t('protocols.detail.textTitle')}
        actions={
          ownerOfficer &&
          current && (
            <Button
              variant="secondary"
              aria-expanded={publishing}
              aria-controls={publishing ? publishFormId : undefined}
              onClick={() => setPublishing((open) => !open)}
            >
              {t('protocols.publish.open')}
            </Button>
          )
        }
      >
        {publishing && <PublishVersionForm protocol={protocol} id={publishFormId} onPublished={done(setPublishing)} onCancel={() => setPublishing(false)} />}
        {current ? (
          <>
            <h3>{t('protocols.detail.textOf', { number: current.number })}</h3>
            <p className="muted">{t('protocols.detail.publishedBy', { date: formatDateTime(current.publishedAt), name: current.publishedBy.displayName })}</p>
            {current.changeNote && <p className="protocol-note">{t('protocols.detail.changeNote', { note: current.changeNote })}</p>}
            {/* Formatted as its authors wrote it in Markdown, under this h3 (no HTML let through). Focusable so that keyboard users can scroll a long text. */}
            <div className="protocol-text" role="region" aria-label={t('protocols.detail.textOf', { number: current.number })} tabIndex={0}>
              <Markdown headingLevel={4}>{current.body}</Markdown>
            </div>
          </>
        ) : (
          <p className="muted">{t('protocols.detail.noText')}</p>
        )}
      </Section>

      <Section title={t('protocols.versions.title')}>
        <VersionHistory versions={protocol.versions} />
      </Section>

      <Section title={t('protocols.diff.title')}>
        {/* A new version resets the choice to « the one before → the new one ». */}
        <VersionDiff key={current?.id ?? 'none'} versions={protocol.versions} />
      </Section>

      <CoverageSection protocol={protocol} />

      <Section
        title={t('protocols.adoptions.title')}
        actions={
          officerTables.tables.length > 0 &&
          current && (
            <Button
              variant="secondary"
              aria-expanded={adopting}
              aria-controls={adopting ? adoptFormId : undefined}
              onClick={() => setAdopting((open) => !open)}
            >
              {t('protocols.adopt.open')}
            </Button>
          )
        }
      >
        {adopting && (
          <RecordAdoptionForm
            protocol={protocol}
            tables={officerTables.tables}
            id={adoptFormId}
            onRecorded={done(setAdopting)}
            onCancel={() => setAdopting(false)}
          />
        )}
        <AdoptionTable adoptions={protocol.adoptions} currentVersion={currentNumber} />
      </Section>
    </>
  );
}
