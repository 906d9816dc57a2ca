interface Named {
  name: string;
}

export interface ResponsiblePersonProps {
  /** The person responsible, with the organization they work for (when confirmed). */
  person?: { displayName: string; organization?: Named | null } | null;
  /** The organization the item is assigned to: shown alone, or beside the person instead of theirs. */
  organization?: Named | null;
  /** What to say when nobody is responsible. */
  nobody: string;
  /** A word read before the name by screen readers, where no heading or column says it already. */
  label?: string;
}

/**
 * Who answers for an item, written the same way in every list, card and detail: the person's
 * name then, muted, their organization; or the organization alone when it holds the item.
 */
export function ResponsiblePerson({ person, organization, nobody, label }: ResponsiblePersonProps) {
  const assignedOrganization = organization ?? person?.organization ?? null;
  return (
    <span className="responsible">
      {label && <span className="visually-hidden">{label} </span>}
      {person ? (
        <>
          <span className="responsible__name">{person.displayName}</span>
          {assignedOrganization && (
            <>
              {/* A pause between the two for screen readers; the eye sees the muted organization. */}
              <span className="visually-hidden">, </span>
              <span className="responsible__organization">{assignedOrganization.name}</span>
            </>
          )}
        </>
      ) : assignedOrganization ? (
        <span className="responsible__name">{assignedOrganization.name}</span>
      ) : (
        <span className="responsible__organization">{nobody}</span>
      )}
    </span>
  );
}
