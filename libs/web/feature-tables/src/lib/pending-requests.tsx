import { useState } from 'react';
import { useDecideMembership, useDescribeError, useTablePendingRequests, type TablePendingRequestsQuery } from '@concertation/web-data-access';
import { useI18n } from '@concertation/web-i18n';
import { Alert, Button, ConfirmDialog, EmptyState, ErrorMessage, Loading } from '@concertation/web-ui';

type PendingRequest = NonNullable<TablePendingRequestsQuery['table']>['memberships'][number];

/** Officers and coordinators accept or decline organizations' requests; declining asks first. */
export function PendingRequests({ tableId }: { tableId: string }) {
  const { t, formatDateTime } = useI18n();
  const describe = useDescribeError();
  const { data, loading, error } = useTablePendingRequests(tableId);
  const [decide, { loading: deciding }] = useDecideMembership();
  const [declining, setDeclining] = useState<PendingRequest | null>(null);
  const [busyId, setBusyId] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [actionError, setActionError] = useState<string | null>(null);

  const run = async (request: PendingRequest, accept: boolean) => {
    setNotice(null);
    setActionError(null);
    setBusyId(request.id);
    try {
      await decide(request.id, accept);
      setNotice(t(accept ? 'tables.pending.accepted' : 'tables.pending.declined', { name: request.organization.name }));
    } catch (caught) {
      setActionError(describe(caught));
    } finally {
      setBusyId(null);
      setDeclining(null);
    }
  };

  const requests = data?.table?.memberships ?? [];
  return (
    <>
      {notice && <Alert tone="success">{notice}</Alert>}
      {actionError && <ErrorMessage>{actionError}</ErrorMessage>}
      {loading && !data ? (
        <Loading label={t('tables.pending.loading')} />
      ) : error && !data ? (
        <ErrorMessage>{describe(error)}</ErrorMessage>
      ) : requests.length === 0 ? (
        <EmptyState title={t('tables.pending.empty')} />
      ) : (
        <ul className="request-list">
          {requests.map((request) => (
            <li key={request.id} className="request">
              <div className="request__text">
                <p className="request__title">{request.organization.name}</p>
                <p className="muted">
                  {request.requestedBy
                    ? t('tables.pending.requestedBy', { name: request.requestedBy.displayName, date: formatDateTime(request.requestedAt) })
                    : t('tables.pending.requestedAt', { date: formatDateTime(request.requestedAt) })}
                </p>
                {request.message && <blockquote className="request__message">{request.message}</blockquote>}
              </div>
              <div className="button-row">
                <Button
                  size="small"
                  busy={busyId === request.id && !declining}
                  disabled={busyId !== null}
                  aria-label={t('tables.pending.acceptFor', { name: request.organization.name })}
                  onClick={() => run(request, true)}
                >
                  {t('tables.pending.accept')}
                </Button>
                <Button
                  size="small"
                  variant="danger"
                  disabled={busyId !== null}
                  aria-label={t('tables.pending.declineFor', { name: request.organization.name })}
                  onClick={() => setDeclining(request)}
                >
                  {t('tables.pending.decline')}
                </Button>
              </div>
            </li>
          ))}
        </ul>
      )}
      <ConfirmDialog
        open={declining !== null}
        title={t('tables.pending.declineTitle')}
        confirmLabel={t('tables.pending.decline')}
        cancelLabel={t('common.cancel')}
        busy={deciding}
        onCancel={() => setDeclining(null)}
        onConfirm={() => declining && run(declining, false)}
      >
        {declining && t('tables.pending.declineQuestion', { name: declining.organization.name })}
      </ConfirmDialog>
    </>
  );
}
