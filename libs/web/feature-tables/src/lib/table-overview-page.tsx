import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { localizedName, useI18n } from '@concertation/web-i18n';
import { paths } from '@concertation/shared-paths';
import { Section } from '@concertation/web-ui';
import { useLayoutTable } from './use-layout-table';
import type { TableDetails } from './types';

function TableFacts({ table }: { table: TableDetails }) {
  const { t, tp, language, formatDate } = useI18n();
  return (
    <dl className="facts">
      <dt>{t('directory.tables.level')}</dt>
      <dd>{t(`levels.${table.level}` as const)}</dd>
      <dt>{t('directory.tables.regions')}</dt>
      <dd>{table.regions.map((region) => localizedName(language, region)).join(', ') || '—'}</dd>
      <dt>{t('directory.tables.parent')}</dt>
      <dd>{table.parent ? <Link to={paths.table(table.parent.id)}>{table.parent.name}</Link> : t('tables.noParent')}</dd>
      <dt>{t('tables.quorum')}</dt>
      <dd>{table.quorum ? tp('tables.quorumValue', table.quorum) : t('tables.quorumMajority')}</dd>
      <dt>{t('tables.createdAt')}</dt>
      <dd>{formatDate(table.createdAt)}</dd>
    </dl>
  );
}

export interface TableOverviewPageProps {
  /** The table's next meetings: another feature's, composed in by the app's route. */
  meetings?: ReactNode;
}

/** `/tables/:id`: the mandate, the facts, the tables attached to this one and the next meetings. */
export function TableOverviewPage({ meetings }: TableOverviewPageProps = {}) {
  const { t } = useI18n();
  const table = useLayoutTable();
  if (!table) return null;
  return (
    <>
      <div className="columns">
        <Section title={t('tables.mandate')}>
          {table.mandate ? <p className="prose">{table.mandate}</p> : <p className="muted">{t('tables.noMandate')}</p>}
        </Section>
        <div className="stack">
          <Section title={t('tables.about')}>
            <TableFacts table={table} />
          </Section>
          <Section title={t('tables.children')}>
            {table.children.length === 0 ? (
              <p className="muted">{t('tables.noChildren')}</p>
            ) : (
              <ul className="item-list">
                {table.children.map((child) => (
                  <li key={child.id}>
                    <Link to={paths.table(child.id)}>{child.name}</Link> <span className="muted">· {t(`levels.${child.level}` as const)}</span>
                  </li>
                ))}
              </ul>
            )}
          </Section>
        </div>
      </div>
      {meetings}
    </>
  );
}
