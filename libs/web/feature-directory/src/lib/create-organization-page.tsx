import { useRef, useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { MAX_TITLE_LENGTH, SECTORS } from '@concertation/shared-domain';
import { fieldErrorsOf, useCreateOrganization, useDescribeError, useRegions, type Sector } from '@concertation/web-data-access';
import { useI18n } from '@concertation/web-i18n';
import { paths } from '@concertation/shared-paths';
import { Button, ErrorMessage, PageHeader, SelectField, TextField, useFocusFirstInvalid } from '@concertation/web-ui';
import { regionOptions } from './region-options';

type Errors = Partial<Record<'name' | 'acronym' | 'sector' | 'regionId' | 'website', string>>;

export function CreateOrganizationPage() {
  const { t, language } = useI18n();
  const describe = useDescribeError();
  const navigate = useNavigate();
  const regions = useRegions();
  const [create, { loading }] = useCreateOrganization();
  const [values, setValues] = useState({ name: '', acronym: '', sector: '', regionId: '', website: '' });
  const [errors, setErrors] = useState<Errors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const formRef = useRef<HTMLFormElement>(null);
  useFocusFirstInvalid(formRef, attempt);

  const set = (field: keyof typeof values) => (event: { target: { value: string } }) => setValues((current) => ({ ...current, [field]: event.target.value }));

  const validate = (): Errors => {
    const found: Errors = {};
    const name = values.name.trim();
    if (!name) found.name = t('validation.required');
    else if (name.length > MAX_TITLE_LENGTH) found.name = t('validation.tooLong', { max: MAX_TITLE_LENGTH });
    if (values.acronym.trim().length > 50) found.acronym = t('validation.tooLong', { max: 50 });
    if (!values.sector) found.sector = t('validation.choose');
    if (!values.regionId) found.regionId = t('validation.choose');
    if (values.website.trim() && !/^https?:\/\/\S+\.\S+/i.test(values.website.trim())) found.website = t('validation.url');
    return found;
  };

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setFormError(null);
    const found = validate();
    setErrors(found);
    if (Object.keys(found).length > 0) {
      setAttempt((count) => count + 1);
      return;
    }
    try {
      const organization = await create({
        name: values.name.trim(),
        acronym: values.acronym.trim() || undefined,
        sector: values.sector as Sector,
        regionId: values.regionId,
        website: values.website.trim() || undefined,
      });
      if (organization)
        navigate(paths.organization(organization.id), { state: { notice: t('directory.createOrganization.created', { name: organization.name }) } });
    } catch (error) {
      setErrors(fieldErrorsOf(error));
      setFormError(describe(error, { CONFLICT: t('directory.createOrganization.conflict') }));
      setAttempt((count) => count + 1);
    }
  };

  return (
    <div className="narrow">
      <PageHeader title={t('directory.createOrganization.title')} description={t('directory.createOrganization.intro')} />
      {formError && <ErrorMessage>{formError}</ErrorMessage>}
      <form ref={formRef} className="form" noValidate onSubmit={onSubmit}>
        <TextField label={t('directory.organizations.name')} name="name" required value={values.name} onChange={set('name')} error={errors.name} />
        <TextField label={t('directory.createOrganization.acronym')} name="acronym" value={values.acronym} onChange={set('acronym')} error={errors.acronym} />
        <SelectField
          label={t('directory.organizations.sector')}
          placeholder={t('common.choose')}
          required
          options={SECTORS.map((value) => ({ value, label: t(`sectors.${value}` as const) }))}
          value={values.sector}
          onChange={set('sector')}
          error={errors.sector}
        />
        <SelectField
          label={t('directory.region')}
          placeholder={t('common.choose')}
          required
          options={regionOptions(regions.data?.regions ?? [], language, t)}
          value={values.regionId}
          onChange={set('regionId')}
          error={errors.regionId}
        />
        <TextField
          label={t('directory.createOrganization.website')}
          type="url"
          name="website"
          inputMode="url"
          hint={t('directory.createOrganization.websiteHint')}
          value={values.website}
          onChange={set('website')}
          error={errors.website}
        />
        <div className="form__actions">
          <Button type="submit" busy={loading}>
            {t('directory.createOrganization.submit')}
          </Button>
          <Link to={paths.organizationsDirectory()}>{t('common.cancel')}</Link>
        </div>
      </form>
    </div>
  );
}
