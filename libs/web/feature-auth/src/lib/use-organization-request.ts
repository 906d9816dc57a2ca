import { useState, type FormEvent } from 'react';
import { useDescribeError, useUpdateProfile } from '@concertation/web-data-access';
import type { PickedOrganization } from './organization-picker';

/**
 * The form state of "I work for this organization": the pick, the "pick one" message, the
 * server's refusal in words, and the request itself (it stays pending until a coordinator
 * confirms it). Used after registration and on the profile page.
 */
export function useOrganizationRequest(onSent: () => void) {
  const describe = useDescribeError();
  const [updateProfile, { loading }] = useUpdateProfile();
  const [organization, setOrganization] = useState<PickedOrganization | null>(null);
  const [missing, setMissing] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const pick = (picked: PickedOrganization | null) => {
    setOrganization(picked);
    setMissing(false);
  };

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    if (!organization) {
      setMissing(true);
      return;
    }
    try {
      await updateProfile({ organizationId: organization.id });
      setOrganization(null);
      onSent();
    } catch (caught) {
      setError(describe(caught));
    }
  };

  return { organization, pick, missing, error, loading, onSubmit };
}
