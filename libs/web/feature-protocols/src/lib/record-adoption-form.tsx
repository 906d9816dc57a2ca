import { useEffect, useRef, useState, type FormEvent } from 'react';
import { MAX_BODY_LENGTH } from '@concertation/shared-domain';
import {
  fieldErrorsOf,
  hasErrorCode,
  useDescribeError,
  useRecordAdoption,
  useTableDecisions,
  type AdoptionStatus,
  type ProtocolDetail,
} from '@concertation/web-data-access';
import { useI18n } from '@concertation/web-i18n';
import { Button, ErrorMessage, SelectField, TextAreaField, useFocusFirstInvalid, type SelectOption } from '@concertation/web-ui';
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
  const [values, setValues] = useState<Values>(() => blank(tables.length === 1 ? tables[0].id : ''));
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const formRef = useRef<HTMLFormElement>(null);
  useFocusFirstInvalid(formRef, attempt);
  const decisions = useDecisionOptions(values.tableId);

  // A decision that is not (or no longer) among the table's readable ones cannot be offered.
  useEffect(() => {
    if (!decisions.loading && values.decisionId && !decisions.options.some((option) => option.value === values.decisionId)) {
      setValues((current) => ({ ...current, decisionId: '' }));
    }
  }, [decisions.loading, decisions.options, values.decisionId]);

  const set = (field: Field) => (event: { target: { value: string } }) => setValues((current) => ({ ...current, [field]: event.target.value }));

  const validate = () => {
    const found: Partial<Record<Field, string>> = {};
    if (!values.tableId) found.tableId = t('validation.choose');
    if (!values.status) found.status = t('validation.choose');
    if (!values.versionId) found.versionId = t('validation.choose');
    if (values.note.length > MAX_BODY_LENGTH) found.note = t('validation.tooLong', { max: MAX_BODY_LENGTH });
    return found;
  };

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setFormError(null);
    const found = validate();
    setErrors(found);
    if (Object.keys(found).length > 0 || !values.status) {
      setAttempt((count) => count + 1);
      return;
    }
    const status = values.status as AdoptionStatus;
    try {
      const adoption = await record({
        protocolId: protocol.id,
        tableId: values.tableId,
        status,
        versionId: values.versionId || undefined,
        decisionId: values.decisionId || undefined,
        note: values.note.trim() || undefined,
      });
      if (adoption) onRecorded(t('protocols.adopt.recorded', { table: adoption.table.name, status: t(`protocols.statuses.${adoption.status}`) }));
    } catch (error) {
      const fields = fieldErrorsOf(error);
      if (fields['decisionId']) setErrors({ decisionId: t('protocols.adopt.badDecision') });
      else if (!hasErrorCode(error, 'BAD_USER_INPUT')) setErrors({});
      setFormError(describe(error, { FORBIDDEN: t('protocols.adopt.forbidden') }));
      setAttempt((count) => count + 1);
    }
  };

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
    <form ref={formRef} id={id} className="form protocol-form" noValidate onSubmit={onSubmit} aria-labelledby={id ? `${id}-title` : undefined}>
      <h3 id={id ? `${id}-title` : undefined}>{t('protocols.adopt.title')}</h3>
      <p className="muted">{t('protocols.adopt.intro')}</p>
      {formError && <ErrorMessage>{formError}</ErrorMessage>}
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
