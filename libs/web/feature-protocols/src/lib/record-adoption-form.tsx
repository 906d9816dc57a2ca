import { useEffect } from 'react';
import { MAX_BODY_LENGTH } from '@concertation/shared-domain';
import { fieldErrorsOf, useDescribeError, useRecordAdoption, useTableDecisions, type AdoptionStatus, type ProtocolDetail } from '@concertation/web-data-access';
import { useI18n } from '@concertation/web-i18n';
import { Button, chosenError, ErrorMessage, SelectField, TextAreaField, tooLongError, useForm, type SelectOption } from '@concertation/web-ui';
import type { OfficerTable } from './officer-seats';

export const ADOPTION_STATUSES: readonly AdoptionStatus[] = ['ADOPTED', 'IN_PROGRESS', 'NOT_STARTED'];

type Field = 'tableId' | 'status' | 'versionId' | 'decisionId' | 'note';
type Values = Record<Field, string>;

interface RecordAdoptionFormProps {
  protocol: ProtocolDetail;
  tables: readonly OfficerTable[];
  id?: string;
  onRecorded: (message: string) => void;
  onCancel: () => void;
}

const SHORT = 90;
const shorten = (text: string) => (text.length > SHORT ? `${text.slice(0, SHORT - 1).trimEnd()}…` : text);

/** The decisions of the chosen table, grouped by meeting, newest meeting first. */
function useDecisionOptions(tableId: string) {
  const { t, formatDate } = useI18n();
  const { data, loading, error } = useTableDecisions(tableId);
  const meetings = [...(data?.table?.meetings ?? [])].sort((a, b) => b.startsAt.localeCompare(a.startsAt));
  const options: SelectOption[] = meetings.flatMap((meeting) =>
    meeting.decisions.map((decision) => ({
      value: decision.id,
      label: shorten(decision.text),
      group: t('protocols.adopt.meetingGroup', { title: meeting.title, date: formatDate(meeting.startsAt) }),
    })),
  );
  return { options, loading: !!tableId && loading && !data, failed: !!error && !data };
}

/**
 * An officer records where their table stands: status, version, and optionally the decision that
 * adopted it. Choosing a table fills in its current record, since a new one replaces it.
 */
export function RecordAdoptionForm({ protocol, tables, id, onRecorded, onCancel }: RecordAdoptionFormProps) {
  const { t, formatDate } = useI18n();
  const describe = useDescribeError();
  const [record, { loading }] = useRecordAdoption();
  const currentId = protocol.currentVersion?.id ?? protocol.versions[0]?.id ?? '';
  const blank = (tableId: string): Values => {
    const existing = protocol.adoptions.find((adoption) => adoption.table.id === tableId);
    return {
      tableId,
      status: existing?.status ?? '',
      versionId: existing?.version?.id ?? currentId,
      decisionId: existing?.decision?.id ?? '',
      note: existing?.note ?? '',
    };
  };
  const form = useForm<Values>(
    () => blank(tables.length === 1 ? tables[0].id : ''),
    (error) => ({
      // A decision the table may not cite is said in the form's words; the sentence says the rest.
      fields: fieldErrorsOf(error)['decisionId'] ? { decisionId: t('protocols.adopt.badDecision') } : {},
      message: describe(error, { FORBIDDEN: t('protocols.adopt.forbidden') }),
    }),
  );
  const { values, errors, set, setValues } = form;
  const decisions = useDecisionOptions(values.tableId);

  // A decision that is not (or no longer) among the table's readable ones cannot be offered.
  useEffect(() => {
    if (!decisions.loading && values.decisionId && !decisions.options.some((option) => option.value === values.decisionId)) {
      setValues((current) => ({ ...current, decisionId: '' }));
    }
  }, [decisions.loading, decisions.options, values.decisionId]);

  const onSubmit = form.submit(
    (values) => ({
      tableId: chosenError(values.tableId, t),
      status: chosenError(values.status, t),
      versionId: chosenError(values.versionId, t),
      note: tooLongError(values.note, MAX_BODY_LENGTH, t),
    }),
    async (values) => {
      const adoption = await record({
        protocolId: protocol.id,
        tableId: values.tableId,
        status: values.status as AdoptionStatus,
        versionId: values.versionId || undefined,
        decisionId: values.decisionId || undefined,
        note: values.note.trim() || undefined,
      });
      if (adoption) onRecorded(t('protocols.adopt.recorded', { table: adoption.table.name, status: t(`protocols.statuses.${adoption.status}`) }));
    },
  );

  const versionOptions = protocol.versions.map((version) => ({
    value: version.id,
    label: `${t('protocols.adopt.versionOption', { number: version.number, date: formatDate(version.publishedAt) })}${version.id === currentId ? ` ${t('protocols.adopt.currentSuffix')}` : ''}`,
  }));
  const decisionHint = decisions.loading
    ? t('protocols.adopt.decisionsLoading')
    : decisions.failed
      ? t('protocols.adopt.decisionsUnavailable')
      : values.tableId && decisions.options.length === 0
        ? t('protocols.adopt.noDecisions')
        : t('protocols.adopt.decisionHint');

  return (
    <form ref={form.formRef} id={id} className="form protocol-form" noValidate onSubmit={onSubmit} aria-labelledby={id ? `${id}-title` : undefined}>
      <h3 id={id ? `${id}-title` : undefined}>{t('protocols.adopt.title')}</h3>
      <p className="muted">{t('protocols.adopt.intro')}</p>
      {form.formError && <ErrorMessage>{form.formError}</ErrorMessage>}
      <SelectField
        label={t('protocols.adopt.table')}
        placeholder={t('common.choose')}
        required
        options={tables.map((table) => ({ value: table.id, label: table.name }))}
        value={values.tableId}
        onChange={(event) => setValues(blank(event.target.value))}
        error={errors.tableId}
      />
      <SelectField
        label={t('protocols.adopt.status')}
        placeholder={t('common.choose')}
        required
        options={ADOPTION_STATUSES.map((status) => ({ value: status, label: t(`protocols.statuses.${status}`) }))}
        value={values.status}
        onChange={set('status')}
        error={errors.status}
      />
      <SelectField
        label={t('protocols.adopt.version')}
        required
        options={versionOptions}
        value={values.versionId}
        onChange={set('versionId')}
        error={errors.versionId}
      />
      <SelectField
        label={t('protocols.adopt.decision')}
        placeholder={t('protocols.adopt.noDecision')}
        hint={decisionHint}
        disabled={!values.tableId || decisions.loading || decisions.options.length === 0}
        options={decisions.options}
        value={values.decisionId}
        onChange={set('decisionId')}
        error={errors.decisionId}
      />
      <TextAreaField
        label={t('protocols.adopt.note')}
        hint={t('protocols.adopt.noteHint')}
        name="note"
        rows={3}
        value={values.note}
        onChange={set('note')}
        error={errors.note}
      />
      <div className="form__actions">
        <Button type="submit" busy={loading}>
          {t('protocols.adopt.submit')}
        </Button>
        <Button variant="secondary" onClick={onCancel}>
          {t('common.cancel')}
        </Button>
      </div>
    </form>
  );
}
