import { useState } from 'react';
import { Link } from 'react-router';
import { paths } from '@concertation/shared-paths';
import { useI18n, localeTag } from '@concertation/web-i18n';
import { Alert, Button } from '@concertation/web-ui';
import { RepresentativesForm } from './representatives-form';
import type { Membership, TableDetails } from './types';

export interface MemberOrganizationProps {
  table: TableDetails;
  membership: Membership;
  /** Officers, coordinators and the organization's own people at the table; the API has the last word. */
  canEdit: boolean;
}

/** One member organization: its name, who represents it (in words), and their editor for those allowed. */
export function MemberOrganization({ table, membership, canEdit }: MemberOrganizationProps) {
  const { t, language } = useI18n();
  const [editing, setEditing] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const name = membership.organization.name;
  const alternates = membership.alternates.map((alternate) => alternate.user.displayName);
  const candidates = table.participants.filter((participant) => participant.organization?.id === membership.organization.id);

  return (
    <li className="member-organization">
      <div className="member-organization__head">
        <div>
          <Link to={paths.organization(membership.organization.id)}>{name}</Link>
          <p className="member-organization__line">
            {membership.delegate
              ? t('tables.representatives.delegate', { name: membership.delegate.user.displayName })
              : t('tables.representatives.noDelegate')}
          </p>
          {alternates.length > 0 && (
            <p className="member-organization__line">
              {t('tables.representatives.alternates', { names: new Intl.ListFormat(localeTag(language), { type: 'conjunction' }).format(alternates) })}
            </p>
          )}
        </div>
        {canEdit && !editing && (
          <Button
            size="small"
            variant="secondary"
            aria-label={t('tables.representatives.editFor', { name })}
            onClick={() => {
              setNotice(null);
              setEditing(true);
            }}
          >
            {t('tables.representatives.edit')}
          </Button>
        )}
      </div>
      {notice && <Alert tone="success">{notice}</Alert>}
      {editing && (
        <RepresentativesForm
          membership={membership}
          candidates={candidates}
          onSaved={(message) => {
            setNotice(message);
            setEditing(false);
          }}
          onCancel={() => setEditing(false)}
        />
      )}
    </li>
  );
}
