import { useState } from 'react';
import { useOrganizationMembers, useOrganizationsDirectory } from '@concertation/web-data-access';
import { useI18n } from '@concertation/web-i18n';
import { SelectField, TextField, useDebouncedValue } from '@concertation/web-ui';

export interface ChairPickerProps {
  userId: string;
  onChange: (userId: string) => void;
  error?: string | null;
}

/** Finds the chair through their organization: coordinators can read every organization's people. */
export function ChairPicker({ userId, onChange, error }: ChairPickerProps) {
  const { t } = useI18n();
  const [search, setSearch] = useState('');
  const [organizationId, setOrganizationId] = useState('');
  const debounced = useDebouncedValue(search);
  const organizations = useOrganizationsDirectory({ search: debounced }, 50);
  const members = useOrganizationMembers(organizationId || null);
  const people = members.data?.organization?.members ?? [];

  return (
    <fieldset className="field fieldset">
      <legend className="field__label">{t('directory.createTable.chair')}</legend>
      <p className="field__hint">{t('directory.createTable.chairHint')}</p>
      <TextField label={t('directory.createTable.chairOrganizationSearch')} type="search" value={search} onChange={(event) => setSearch(event.target.value)} />
      <SelectField
        label={t('directory.createTable.chairOrganization')}
        placeholder={t('directory.createTable.noChair')}
        options={organizations.items.map((organization) => ({ value: organization.id, label: organization.name }))}
        value={organizationId}
        onChange={(event) => {
          setOrganizationId(event.target.value);
          onChange('');
        }}
      />
      {organizationId && (
        <SelectField
          label={t('directory.createTable.chairPerson')}
          placeholder={members.loading ? t('common.loading') : t('common.choose')}
          options={people.map((person) => ({ value: person.id, label: person.displayName }))}
          value={userId}
          hint={!members.loading && people.length === 0 ? t('directory.createTable.noPeople') : undefined}
          error={error}
          onChange={(event) => onChange(event.target.value)}
        />
      )}
    </fieldset>
  );
}
