import { useId, useRef, useState } from 'react';
import { Link } from 'react-router';
import { isOfficerRole, MAX_BODY_LENGTH } from '@concertation/shared-domain';
import { useDescribeError, useFormFailure, useReferAgendaItem, useReferralTargets, type ReferralItem } from '@concertation/web-data-access';
import { useI18n } from '@concertation/web-i18n';
import { paths } from '@concertation/shared-paths';
import { Alert, Button, ErrorMessage, Loading, SelectField, TextAreaField, TextField, titleError, tooLongError, useForm } from '@concertation/web-ui';

export interface ReferralFormProps {
  /** The sending table: the viewer must be one of its officers. */
  fromTableId: string;
  /** The agenda item the question comes from; none for a referral on its own. */
  sourceItem?: { id: string; title: string } | null;
  /** Names the form (aria-labelledby); the form shows it as a heading of this level when given. */
  heading?: string;
  headingLevel?: 3 | 4;
  /** Shows « Annuler » / « Fermer » and is called by them. */
  onClose?: () => void;
}

/** The server fields the form shows beside its own; any other refusal is said above it. */
const SERVER_FIELDS = { toTableId: 'toTableId', title: 'title', rationale: 'rationale' };

/**
 * « Référer à une table de niveau supérieur »: the receiving table is chosen among the tables up
 * the sending table's line (the API refuses any other), the question is prefilled with the item's
 * title. A second pending referral of the same item to the same table is refused (CONFLICT).
 */
export function ReferralForm({ fromTableId, sourceItem = null, heading, headingLevel = 3, onClose }: ReferralFormProps) {
  const { t } = useI18n();
  const describe = useDescribeError();
  const { table, targets, loading, error: loadError } = useReferralTargets(fromTableId);
  const [refer, { loading: sending }] = useReferAgendaItem();
  const failure = useFormFailure();
  const form = useForm({ toTableId: '', title: sourceItem?.title ?? '', rationale: '' }, (error) =>
    failure(error, {
      fields: SERVER_FIELDS,
      quietWithFields: true,
      overrides: { CONFLICT: t('referrals.form.conflict'), FORBIDDEN: t('referrals.form.forbidden') },
    }),
  );
  const { values, errors, set } = form;
  const [sent, setSent] = useState<ReferralItem | null>(null);
  const sentRef = useRef<HTMLDivElement>(null);
  const headingId = `referral-form-${useId()}`;
  const Heading = headingLevel === 3 ? 'h3' : 'h4';
  const chosen = values.toTableId || (targets.length === 1 ? targets[0].id : '');

  const headingElement = heading ? (
    <Heading id={headingId} className="referral-form__heading">
      {heading}
    </Heading>
  ) : null;

  if (loading && !table) return <Loading label={t('referrals.form.loadingTargets')} />;
  if (!table) return <ErrorMessage>{loadError ? describe(loadError) : t('errors.notFound')}</ErrorMessage>;
  const refusal = !isOfficerRole(table.viewerRole)
    ? t('referrals.form.notOfficer')
    : table.archivedAt
      ? t('referrals.form.archived')
      : targets.length === 0
        ? t('referrals.form.noTargets')
        : null;
  if (refusal) {
    return (
      <div className="referral-form stack">
        {headingElement}
        <Alert tone="info">{refusal}</Alert>
        {onClose && (
          <div className="button-row">
            <Button variant="secondary" onClick={onClose}>
              {t('referrals.refer.close')}
            </Button>
          </div>
        )}
      </div>
    );
  }

  if (sent) {
    return (
      <div className="referral-form stack" ref={sentRef} tabIndex={-1}>
        {headingElement}
        <Alert tone="success">{t('referrals.form.sent', { title: sent.title, table: sent.toTable.name })}</Alert>
        <div className="button-row">
          <Link to={paths.tableReferrals(fromTableId, { referral: sent.id })}>{t('referrals.form.sentLink')}</Link>
          {!sourceItem && (
            <Button
              variant="secondary"
              onClick={() => {
                setSent(null);
                form.setValues({ toTableId: '', title: '', rationale: '' });
              }}
            >
              {t('referrals.form.another')}
            </Button>
          )}
          {onClose && (
            <Button variant="secondary" onClick={onClose}>
              {t('referrals.refer.close')}
            </Button>
          )}
        </div>
      </div>
    );
  }

  const submit = form.submit(
    (values) => ({
      toTableId: chosen ? undefined : t('referrals.form.targetRequired'),
      title: titleError(values.title, t),
      rationale: tooLongError(values.rationale.trim(), MAX_BODY_LENGTH, t),
    }),
    async ({ title, rationale }) => {
      const referral = await refer({
        fromTableId,
        toTableId: chosen,
        title: title.trim(),
        ...(rationale.trim() ? { rationale: rationale.trim() } : {}),
        ...(sourceItem ? { sourceItemId: sourceItem.id } : {}),
      });
      if (referral) {
        setSent(referral);
        // The form gives way to the confirmation: keyboard and screen-reader users land on it.
        requestAnimationFrame(() => sentRef.current?.focus());
      }
    },
  );

  return (
    <form ref={form.formRef} className="referral-form stack" onSubmit={submit} noValidate aria-labelledby={heading ? headingId : undefined}>
      {headingElement}
      <SelectField
        label={t('referrals.form.target')}
        hint={t('referrals.form.targetHint')}
        placeholder={targets.length > 1 ? t('common.choose') : undefined}
        options={targets.map((target) => ({
          value: target.id,
          label: t('referrals.form.targetOption', { name: target.name, level: t(`levels.${target.level}` as const) }),
        }))}
        value={chosen}
        required
        error={errors.toTableId}
        onChange={set('toTableId')}
      />
      <TextField
        label={t('referrals.form.title')}
        hint={t('referrals.form.titleHint')}
        value={values.title}
        required
        error={errors.title}
        onChange={set('title')}
      />
      <TextAreaField
        label={t('referrals.form.rationale')}
        hint={t('referrals.form.rationaleHint')}
        value={values.rationale}
        rows={4}
        error={errors.rationale}
        onChange={set('rationale')}
      />
      {form.formError && <ErrorMessage>{form.formError}</ErrorMessage>}
      <div className="button-row">
        <Button type="submit" busy={sending}>
          {t('referrals.form.submit')}
        </Button>
        {onClose && (
          <Button variant="secondary" onClick={onClose} disabled={sending}>
            {t('common.cancel')}
          </Button>
        )}
      </div>
    </form>
  );
}

/** What the meeting page's agenda item card opens (its `referForm` slot, given by the app). */
export function ReferItemForm({ tableId, item, onClose }: { tableId: string; item: { id: string; title: string }; onClose: () => void }) {
  const { t } = useI18n();
  return (
    <ReferralForm fromTableId={tableId} sourceItem={item} heading={t('referrals.form.headingFor', { title: item.title })} headingLevel={4} onClose={onClose} />
  );
}
