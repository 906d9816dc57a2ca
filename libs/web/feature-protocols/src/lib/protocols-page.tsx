import { useEffect, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { SECTORS } from '@concertation/shared-domain';
import { useDescribeError, useProtocols, type ProtocolSummary, type Sector } from '@concertation/web-data-access';
import { useI18n } from '@concertation/web-i18n';
import { paths } from '@concertation/shared-paths';
import { Badge, buttonClassName, EmptyState, ErrorMessage, Loading, PageHeader, SelectField, TextField, useDebouncedValue } from '@concertation/web-ui';
import { useOfficerTables } from './officer-seats';

function isSector(value: string): value is Sector {
  return (SECTORS as readonly string[]).includes(value);
}

/** The library: search by title and filter by sector, both kept in the address so a view can be shared. */
export function ProtocolsPage() {
  const { t, tp } = useI18n();
  const describe = useDescribeError();
  const [params, setParams] = useSearchParams();
  const sectorParam = params.get('sector') ?? '';
  const sector = isSector(sectorParam) ? sectorParam : '';
  const [search, setSearch] = useState(params.get('q') ?? '');
  const query = useDebouncedValue(search, 300);
  const officerTables = useOfficerTables();
  const { data, loading, error } = useProtocols({ search: query, sector });
  const protocols = data?.protocols;

  useEffect(() => {
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (query.trim()) next.set('q', query.trim());
        else next.delete('q');
        return next;
      },
      { replace: true },
    );
  }, [query, setParams]);

  const setSector = (value: string) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (value) next.set('sector', value);
        else next.delete('sector');
        return next;
      },
      { replace: true },
    );

  const filtered = !!query.trim() || !!sector;
  return (
    <>
      <PageHeader
        title={t('protocols.list.title')}
        description={t('protocols.list.intro')}
        actions={
          officerTables.tables.length > 0 && (
            <Link className={buttonClassName('primary')} to={paths.createProtocol()}>
              {t('protocols.list.create')}
            </Link>
          )
        }
      />
      <form role="search" aria-label={t('protocols.list.filters')} className="filter-bar" onSubmit={(event) => event.preventDefault()}>
        <TextField
          label={t('protocols.list.search')}
          hint={t('protocols.list.searchHint')}
          type="search"
          name="q"
          value={search}
          onChange={(event) => setSearch(event.target.value)}
        />
        <SelectField
          label={t('protocols.list.sector')}
          placeholder={t('protocols.list.allSectors')}
          options={SECTORS.map((value) => ({ value, label: t(`sectors.${value}` as const) }))}
          value={sector}
          onChange={(event) => setSector(event.target.value)}
        />
      </form>
      <p className="result-count" role="status" aria-live="polite">
        {protocols ? tp('protocols.list.count', protocols.length) : ''}
      </p>
      {!protocols && loading ? (
        <Loading label={t('protocols.list.loading')} />
      ) : !protocols ? (
        <ErrorMessage>{describe(error)}</ErrorMessage>
      ) : protocols.length === 0 ? (
        filtered ? (
          <EmptyState title={t('protocols.list.emptyTitle')}>{t('protocols.list.emptyHint')}</EmptyState>
        ) : (
          <EmptyState title={t('protocols.list.noneYetTitle')}>{t('protocols.list.noneYet')}</EmptyState>
        )
      ) : (
        <ul className="card-list protocol-list">
          {protocols.map((protocol) => (
            <ProtocolCard key={protocol.id} protocol={protocol} />
          ))}
        </ul>
      )}
    </>
  );
}

function ProtocolCard({ protocol }: { protocol: ProtocolSummary }) {
  const { t, tp, formatDate } = useI18n();
  const { coverage, currentVersion } = protocol;
  return (
    <li className="card protocol-card">
      <h2 className="card__title protocol-card__title">
        <Link to={paths.protocol(protocol.id)}>{protocol.title}</Link>
      </h2>
      {protocol.summary && <p className="protocol-card__summary">{protocol.summary}</p>}
      <p className="card__meta">{t('protocols.list.ownerTable', { name: protocol.ownerTable.name })}</p>
      <p className="card__meta">
        {currentVersion
          ? t('protocols.list.currentVersion', { number: currentVersion.number, date: formatDate(currentVersion.publishedAt) })
          : t('protocols.list.noVersion')}
      </p>
      <p className="card__meta">
        {tp('protocols.list.adopted', coverage.adoptedCount)}
        {coverage.outdatedCount > 0 && <>, {tp('protocols.list.outdated', coverage.outdatedCount)}</>}
      </p>
      <ul className="badges" aria-label={t('protocols.list.sectors')}>
        {protocol.sectors.map((sector) => (
          <li key={sector}>
            <Badge>{t(`sectors.${sector}` as const)}</Badge>
          </li>
        ))}
      </ul>
    </li>
  );
}
