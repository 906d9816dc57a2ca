import { useState } from 'react';
import { useChangeParticipantRole, useDescribeError, type TableRole } from '@concertation/web-data-access';
import { useI18n } from '@concertation/web-i18n';
import { Button, SelectField } from '@concertation/web-ui';
import { roleOptions } from './role-options';
import type { Participant } from './types';

export interface ParticipantRoleEditorProps {
  tableId: string;
  participant: Participant;
  onDone: (message: string, isError: boolean) => void;
}

/** A role select with its own « Apply » button, so that arrowing through the options changes nothing by itself. */
export function ParticipantRoleEditor({ tableId, participant, onDone }: ParticipantRoleEditorProps) {
  const { t } = useI18n();
  const describe = useDescribeError();
  const [changeRole, { loading }] = useChangeParticipantRole(tableId);
  const [role, setRole] = useState<TableRole>(participant.role);
  const name = participant.user.displayName;

  const apply = async () => {
    try {
      await changeRole(participant.id, role);
      onDone(t('tables.participants.roleChanged', { name, role: t(`roles.${role}` as const) }), false);
    } catch (error) {
      setRole(participant.role);
      onDone(describe(error), true);
    }
  };

  return (
    <div className="inline-editor">
      <SelectField
        className="field--compact"
        label={<span className="visually-hidden">{t('tables.participants.roleOf', { name })}</span>}
        options={roleOptions(t)}
        value={role}
        onChange={(event) => setRole(event.target.value as TableRole)}
      />
      <Button
        size="small"
        variant="secondary"
        busy={loading}
        disabled={role === participant.role}
        onClick={apply}
        aria-label={t('tables.participants.applyRoleFor', { name })}
      >
        {t('tables.participants.applyRole')}
      </Button>
    </div>
  );
}
