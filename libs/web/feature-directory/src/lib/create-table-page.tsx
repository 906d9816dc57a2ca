import { Link, useNavigate } from 'react-router';
import { MAX_BODY_LENGTH, TABLE_LEVELS, allowedParentLevels } from '@concertation/shared-domain';
import { useCreateTable, useFormFailure, useRegions, useTablesDirectory, type TableLevel } from '@concertation/web-data-access';
import { localizedName, useI18n } from '@concertation/web-i18n';
import { paths } from '@concertation/shared-paths';
import {
  Button,
  CheckboxGroup,
  chosenError,
  ErrorMessage,
  PageHeader,
  SelectField,
  TextAreaField,
  TextField,
  titleError,
  tooLongError,
  useForm,
} from '@concertation/web-ui';
import { ChairPicker } from './chair-picker';
import { sortRegions } from './region-options';

/** The tables a new table of `level` may report to (one query per allowed level; at most 100 each). */
function useParentOptions(level: TableLevel | '') {
  const allowed = level ? allowedParentLevels(level) : [];
  const provincial = useTablesDirectory({ level: 'PROVINCIAL' }, 100, !allowed.includes('PROVINCIAL'));
  const national = useTablesDirectory({ level: 'NATIONAL' }, 100, !allowed.includes('NATIONAL'));
  const tables = [...(allowed.includes('NATIONAL') ? national.items : []), ...(allowed.includes('PROVINCIAL') ? provincial.items : [])];
  return { allowed, tables: tables.filter((table) => !table.archivedAt), loading: provincial.loading || national.loading };
}

export function CreateTablePage() {
  const { t, language } = useI18n();
  const failure = useFormFailure();
  const navigate = useNavigate();
  const regions = useRegions();
  const [create, { loading }] = useCreateTable();
  const form = useForm({ name: '', level: '' as TableLevel | '', parentId: '', regionIds: [] as string[], mandate: '', quorum: '', chairUserId: '' }, failure);
  const { values, errors, set } = form;
  const parents = useParentOptions(values.level);

  const allRegions = sortRegions(regions.data?.regions ?? []);
  const toOption = (region: (typeof allRegions)[number]) => ({ value: region.id, label: localizedName(language, region) });

  const onSubmit = form.submit(
    (values) => ({
      name: titleError(values.name, t),
      level: chosenError(values.level, t),
      regionIds: values.regionIds.length === 0 ? t('directory.createTable.regionsRequired') : undefined,
      mandate: tooLongError(values.mandate, MAX_BODY_LENGTH, t),
      quorum: values.quorum && !(/^\d+$/.test(values.quorum) && Number(values.quorum) >= 1) ? t('directory.createTable.quorumInvalid') : undefined,
    }),
    async ({ level, ...values }) => {
      if (!level) return;
      const table = await create({
        name: values.name.trim(),
        level,
        regionIds: values.regionIds,
        mandate: values.mandate.trim() || undefined,
        parentId: values.parentId || undefined,
        quorum: values.quorum ? Number(values.quorum) : undefined,
        chairUserId: values.chairUserId || undefined,
      });
      if (table) navigate(paths.table(table.id), { state: { notice: t('directory.createTable.created', { name: table.name }) } });
    },
  );

  return (
    <div className="narrow">
      <PageHeader title={t('directory.createTable.title')} description={t('directory.createTable.intro')} />
      {form.formError && <ErrorMessage>{form.formError}</ErrorMessage>}
      <form ref={form.formRef} className="form" noValidate onSubmit={onSubmit}>
        <TextField label={t('directory.tables.name')} name="name" required value={values.name} onChange={set('name')} error={errors.name} />
        <SelectField
          label={t('directory.tables.level')}
          placeholder={t('common.choose')}
          required
          options={TABLE_LEVELS.map((value) => ({ value, label: t(`levels.${value}` as const) }))}
          value={values.level}
          onChange={(event) => {
            // Another level reports to other tables.
            form.setValue('level', event.target.value as TableLevel | '');
            form.setValue('parentId', '');
          }}
          error={errors.level}
        />
        <SelectField
          label={t('directory.createTable.parent')}
          placeholder={values.level === 'NATIONAL' ? t('directory.createTable.noParentNational') : t('directory.createTable.noParent')}
          disabled={!values.level || parents.allowed.length === 0}
          hint={values.level ? t('directory.createTable.parentHint') : t('directory.createTable.parentChooseLevel')}
          options={parents.tables.map((table) => ({ value: table.id, label: `${table.name} (${t(`levels.${table.level}` as const)})` }))}
          value={values.parentId}
          onChange={set('parentId')}
          error={errors.parentId}
        />
        <CheckboxGroup
          legend={t('directory.createTable.provinces')}
          options={allRegions.filter((region) => region.kind !== 'ADMINISTRATIVE_REGION').map(toOption)}
          values={values.regionIds}
          onChange={(regionIds) => form.setValue('regionIds', regionIds)}
          columns
        />
        <CheckboxGroup
          legend={t('directory.createTable.quebecRegions')}
          hint={t('directory.createTable.regionsHint')}
          options={allRegions.filter((region) => region.kind === 'ADMINISTRATIVE_REGION').map(toOption)}
          values={values.regionIds}
          onChange={(regionIds) => form.setValue('regionIds', regionIds)}
          error={errors.regionIds}
          columns
        />
        <TextAreaField
          label={t('directory.createTable.mandate')}
          name="mandate"
          rows={5}
          value={values.mandate}
          onChange={set('mandate')}
          error={errors.mandate}
        />
        <TextField
          label={t('directory.createTable.quorum')}
          name="quorum"
          type="number"
          min={1}
          step={1}
          inputMode="numeric"
          hint={t('directory.createTable.quorumHint')}
          value={values.quorum}
          onChange={set('quorum')}
          error={errors.quorum}
        />
        <ChairPicker userId={values.chairUserId} onChange={(chairUserId) => form.setValue('chairUserId', chairUserId)} error={errors.chairUserId} />
        <div className="form__actions">
          <Button type="submit" busy={loading}>
            {t('directory.createTable.submit')}
          </Button>
          <Link to={paths.tablesDirectory()}>{t('common.cancel')}</Link>
        </div>
      </form>
    </div>
  );
}
