import { useRef, useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { MAX_BODY_LENGTH, MAX_TITLE_LENGTH, TABLE_LEVELS, allowedParentLevels } from '@concertation/shared-domain';
import { fieldErrorsOf, useCreateTable, useDescribeError, useRegions, useTablesDirectory, type TableLevel } from '@concertation/web-data-access';
import { localizedName, useI18n } from '@concertation/web-i18n';
import { paths } from '@concertation/shared-paths';
import { Button, CheckboxGroup, ErrorMessage, PageHeader, SelectField, TextAreaField, TextField, useFocusFirstInvalid } from '@concertation/web-ui';
import { ChairPicker } from './chair-picker';
import { sortRegions } from './region-options';

type Field = 'name' | 'level' | 'parentId' | 'regionIds' | 'mandate' | 'quorum' | 'chairUserId';
type Errors = Partial<Record<Field, string>>;

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
  const describe = useDescribeError();
  const navigate = useNavigate();
  const regions = useRegions();
  const [create, { loading }] = useCreateTable();
  const [values, setValues] = useState({ name: '', level: '' as TableLevel | '', parentId: '', mandate: '', quorum: '', chairUserId: '' });
  const [regionIds, setRegionIds] = useState<string[]>([]);
  const [errors, setErrors] = useState<Errors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const formRef = useRef<HTMLFormElement>(null);
  useFocusFirstInvalid(formRef, attempt);
  const parents = useParentOptions(values.level);

  const set = (field: keyof typeof values) => (event: { target: { value: string } }) => setValues((current) => ({ ...current, [field]: event.target.value }));
  const allRegions = sortRegions(regions.data?.regions ?? []);
  const toOption = (region: (typeof allRegions)[number]) => ({ value: region.id, label: localizedName(language, region) });

  const validate = (): Errors => {
    const found: Errors = {};
    const name = values.name.trim();
    if (!name) found.name = t('validation.required');
    else if (name.length > MAX_TITLE_LENGTH) found.name = t('validation.tooLong', { max: MAX_TITLE_LENGTH });
    if (!values.level) found.level = t('validation.choose');
    if (regionIds.length === 0) found.regionIds = t('directory.createTable.regionsRequired');
    if (values.mandate.length > MAX_BODY_LENGTH) found.mandate = t('validation.tooLong', { max: MAX_BODY_LENGTH });
    if (values.quorum && !(/^\d+$/.test(values.quorum) && Number(values.quorum) >= 1)) found.quorum = t('directory.createTable.quorumInvalid');
    return found;
  };

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setFormError(null);
    const found = validate();
    setErrors(found);
    if (Object.keys(found).length > 0 || !values.level) {
      setAttempt((count) => count + 1);
      return;
    }
    try {
      const table = await create({
        name: values.name.trim(),
        level: values.level,
        regionIds,
        mandate: values.mandate.trim() || undefined,
        parentId: values.parentId || undefined,
        quorum: values.quorum ? Number(values.quorum) : undefined,
        chairUserId: values.chairUserId || undefined,
      });
      if (table) navigate(paths.table(table.id), { state: { notice: t('directory.createTable.created', { name: table.name }) } });
    } catch (error) {
      setErrors(fieldErrorsOf(error));
      setFormError(describe(error));
      setAttempt((count) => count + 1);
    }
  };

  return (
    <div className="narrow">
      <PageHeader title={t('directory.createTable.title')} description={t('directory.createTable.intro')} />
      {formError && <ErrorMessage>{formError}</ErrorMessage>}
      <form ref={formRef} className="form" noValidate onSubmit={onSubmit}>
        <TextField label={t('directory.tables.name')} name="name" required value={values.name} onChange={set('name')} error={errors.name} />
        <SelectField
          label={t('directory.tables.level')}
          placeholder={t('common.choose')}
          required
          options={TABLE_LEVELS.map((value) => ({ value, label: t(`levels.${value}` as const) }))}
          value={values.level}
          onChange={(event) => setValues((current) => ({ ...current, level: event.target.value as TableLevel | '', parentId: '' }))}
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
          values={regionIds}
          onChange={setRegionIds}
          columns
        />
        <CheckboxGroup
          legend={t('directory.createTable.quebecRegions')}
          hint={t('directory.createTable.regionsHint')}
          options={allRegions.filter((region) => region.kind === 'ADMINISTRATIVE_REGION').map(toOption)}
          values={regionIds}
          onChange={setRegionIds}
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
        <ChairPicker userId={values.chairUserId} onChange={(chairUserId) => setValues((current) => ({ ...current, chairUserId }))} error={errors.chairUserId} />
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
