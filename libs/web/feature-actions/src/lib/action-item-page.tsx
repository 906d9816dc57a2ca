import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { isOfficerRole } from '@concertation/shared-domain';
import { hasErrorCode, useActionItem, useActionItemChanged, useDescribeError, useSession } from '@concertation/web-data-access';
import { useI18n } from '@concertation/web-i18n';
import { paths } from '@concertation/shared-paths';
import { Alert, Button, ErrorMessage, Loading, PageHeader, Section } from '@concertation/web-ui';
import { ActionDueBadge, ActionStatusBadge } from './action-badges';
import { ActionFacts } from './action-facts';
import { ActionHistory } from './action-history';
import { EditActionForm } from './edit-action-form';
import { isOwner } from './owner';
import { ProgressForm } from './progress-form';

/**
 * `/actions/:id`: an action item, its history of progress updates, and what the viewer may do:
 * post progress (officers and owners), edit it (officers). Kept live.
 */
export function ActionItemPage() {
  const { id = '' } = useParams();
  const { t } = useI18n();
  const describe = useDescribeError();
  const { me } = useSession();
  const { data, loading, error, refetch } = useActionItem(id);
  const item = data?.actionItem;
  const [editing, setEditing] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);

  // Those who sit at the table follow it; an owner from elsewhere follows their own items.
  const seated = !!item?.table.viewerRole;
  useActionItemChanged(seated && item ? { tableId: item.table.id } : { mine: true }, { skip: !item });

  if (loading && !item) return <Loading label={t('actions.loading')} />;
  if (!item) {
    return (
      <>
        <PageHeader title={t('actions.item.notFoundTitle')} />
        <ErrorMessage>{hasErrorCode(error, 'FORBIDDEN') ? t('actions.item.forbidden') : error ? describe(error) : t('errors.notFound')}</ErrorMessage>
        <p>
          <Link to={paths.myActions()}>{t('actions.item.backToMine')}</Link>
        </p>
      </>
    );
  }

  const isOfficer = isOfficerRole(item.table.viewerRole);
  const mayPost = isOfficer || isOwner(item, me);

  return (
    <>
      <PageHeader
        eyebrow={t('actions.item.eyebrow')}
        title={item.title}
        description={
          <p className="badges">
            <ActionStatusBadge status={item.status} />
            <ActionDueBadge item={item} />
          </p>
        }
        actions={
          isOfficer &&
          !editing && (
            <Button
              variant="secondary"
              onClick={() => {
                setNotice(null);
                setEditing(true);
              }}
            >
              {t('actions.edit.open')}
            </Button>
          )
        }
      />
      {notice && <Alert tone="success">{notice}</Alert>}
      {editing && (
        <Section title={t('actions.edit.title')}>
          <EditActionForm
            item={item}
            reload={async () => (await refetch()).data?.actionItem?.version ?? null}
            onCancel={() => setEditing(false)}
            onDone={(message) => {
              setEditing(false);
              setNotice(message);
            }}
          />
        </Section>
      )}
      <div className="columns columns--wide-left">
        <Section title={t('actions.item.facts')}>
          <ActionFacts item={item} />
        </Section>
        {mayPost && (
          <Section title={t('actions.progress.title')}>
            <ProgressForm item={item} />
          </Section>
        )}
      </div>
      <Section title={t('actions.history.title')}>
        <ActionHistory updates={item.updates} />
      </Section>
    </>
  );
}
