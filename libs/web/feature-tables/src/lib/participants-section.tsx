import { useState } from 'react';
import { useDescribeError, useRemoveParticipant } from '@concertation/web-data-access';
import { useI18n } from '@concertation/web-i18n';
import { Alert, Badge, Button, ConfirmDialog, DataTable, EmptyState, ErrorMessage, Section, type DataTableColumn } from '@concertation/web-ui';
import { AddParticipantForm } from './add-participant-form';
import { ParticipantRoleEditor } from './participant-row-actions';
import type { Participant, TableDetails } from './types';

export interface ParticipantsSectionProps {
  table: TableDetails;
  /** The table's CHAIR or a coordinator: may seat, change roles and remove. */
  canManage: boolean;
  /** Whether the viewer may see the participants at all (sits at the table, or coordinator). */
  canSee: boolean;
}

export function ParticipantsSection({ table, canManage, canSee }: ParticipantsSectionProps) {
  const { t, formatDate } = useI18n();
  const describe = useDescribeError();
  const [remove, { loading: removing }] = useRemoveParticipant(table.id);
  const [toRemove, setToRemove] = useState<Participant | null>(null);
  const [notice, setNotice] = useState<{ text: string; isError: boolean } | null>(null);
  const [adding, setAdding] = useState(false);

  const confirmRemove = async () => {
    if (!toRemove) return;
    const name = toRemove.user.displayName;
    try {
      await remove(toRemove.id);
      setNotice({ text: t('tables.participants.removed', { name }), isError: false });
    } catch (error) {
      setNotice({ text: describe(error), isError: true });
    } finally {
      setToRemove(null);
    }
  };

  const columns: Array<DataTableColumn<Participant>> = [
    { key: 'name', header: t('tables.participants.person'), rowHeader: true, render: (participant) => participant.user.displayName },
    { key: 'organization', header: t('tables.participants.organization'), render: (participant) => participant.organization?.name ?? '—' },
    {
      key: 'role',
      header: t('tables.participants.role'),
      render: (participant) =>
        canManage ? (
          <ParticipantRoleEditor tableId={table.id} participant={participant} onDone={(text, isError) => setNotice({ text, isError })} />
        ) : (
          <Badge tone="info">{t(`roles.${participant.role}` as const)}</Badge>
        ),
    },
    {
      key: 'since',
      header: t('tables.participants.since'),
      render: (participant) => <time dateTime={participant.since}>{formatDate(participant.since)}</time>,
    },
  ];
  if (canManage) {
    columns.push({
      key: 'actions',
      header: t('common.actions'),
      render: (participant) => (
        <Button
          size="small"
          variant="danger"
          aria-label={t('tables.participants.removeFor', { name: participant.user.displayName })}
          onClick={() => setToRemove(participant)}
        >
          {t('tables.participants.remove')}
        </Button>
      ),
    });
  }

  return (
    <Section
      title={t('tables.participants.title')}
      actions={
        canManage &&
        !adding && (
          <Button variant="secondary" onClick={() => setAdding(true)}>
            {t('tables.participants.addOpen')}
          </Button>
        )
      }
    >
      {notice && (notice.isError ? <ErrorMessage>{notice.text}</ErrorMessage> : <Alert tone="success">{notice.text}</Alert>)}
      {canManage && adding && (
        <Section title={t('tables.participants.addTitle')} level={3}>
          <AddParticipantForm table={table} />
          <Button variant="secondary" size="small" onClick={() => setAdding(false)}>
            {t('common.close')}
          </Button>
        </Section>
      )}
      {!canSee ? (
        <p className="muted">{t('tables.participants.hidden')}</p>
      ) : table.participants.length === 0 ? (
        <EmptyState title={t('tables.participants.empty')} />
      ) : (
        <DataTable
          caption={t('tables.participants.caption', { name: table.name })}
          hideCaption
          columns={columns}
          rows={table.participants}
          rowKey={(participant) => participant.id}
        />
      )}
      <ConfirmDialog
        open={toRemove !== null}
        title={t('tables.participants.removeTitle')}
        confirmLabel={t('tables.participants.remove')}
        cancelLabel={t('common.cancel')}
        busy={removing}
        onCancel={() => setToRemove(null)}
        onConfirm={confirmRemove}
      >
        {toRemove && t('tables.participants.removeQuestion', { name: toRemove.user.displayName, table: table.name })}
      </ConfirmDialog>
    </Section>
  );
}
