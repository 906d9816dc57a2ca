import type { AttendanceCapacity, AttendanceStatus } from '@concertation/web-data-access';
import type { MeetingDetails } from './types';

interface NamedOrganization {
  id: string;
  name: string;
}

export interface SheetPerson {
  userId: string;
  name: string;
  capacity: AttendanceCapacity;
  status: AttendanceStatus | null;
}

export interface SheetGroup {
  /** Null for people who sit for no organization (a coordinator chairing, say). */
  organization: NamedOrganization | null;
  people: SheetPerson[];
  present: number;
  /** The organization whose proxy this one holds at the meeting, and the one it entrusted its own to. */
  holdsProxyOf: NamedOrganization | null;
  gaveProxyTo: NamedOrganization | null;
}

/**
 * The attendance sheet, by organization: everyone whose attendance may be recorded (the people who
 * sit at the table, and the colleagues sent to this meeting, who do not) and everyone already
 * recorded (a substitute withdrawn since stays as recorded), each in the capacity they come in.
 * A recorded capacity is the server's; before that it is read from the organization's delegate and
 * alternates, the way the server will record it. Member organizations with nobody listed still
 * appear, so that the chair sees who is missing.
 */
export function attendanceSheet(meeting: MeetingDetails, language: string): SheetGroup[] {
  const recorded = new Map(meeting.attendance.map((entry) => [entry.user.id, entry]));
  const people = new Map<string, SheetPerson & { organization: NamedOrganization | null }>();
  const add = (userId: string, name: string, organization: NamedOrganization | null, capacity: AttendanceCapacity) => {
    if (people.has(userId)) return;
    const entry = recorded.get(userId);
    people.set(userId, {
      userId,
      name,
      organization: entry ? (entry.organization ?? organization) : organization,
      capacity: entry?.capacity ?? capacity,
      status: entry?.status ?? null,
    });
  };

  for (const substitution of meeting.substitutions) {
    add(substitution.substitute.id, substitution.substitute.displayName, substitution.organization, 'SUBSTITUTE');
  }
  for (const participant of meeting.table.participants) {
    const membership = participant.organization && meeting.table.memberships.find((item) => item.organization.id === participant.organization?.id);
    const capacity: AttendanceCapacity =
      membership && membership.delegate?.id === participant.id
        ? 'DELEGATE'
        : membership && membership.alternates.some((alternate) => alternate.id === participant.id)
          ? 'ALTERNATE'
          : 'PARTICIPANT';
    add(participant.user.id, participant.user.displayName, participant.organization, capacity);
  }
  for (const entry of meeting.attendance) add(entry.user.id, entry.user.displayName, entry.organization, entry.capacity);

  const groups = new Map<string, SheetGroup>();
  const groupOf = (organization: NamedOrganization | null): SheetGroup => {
    const key = organization?.id ?? '';
    let group = groups.get(key);
    if (!group) {
      group = {
        organization,
        people: [],
        present: 0,
        holdsProxyOf: organization ? (meeting.proxies.find((proxy) => proxy.to.id === organization.id)?.from ?? null) : null,
        gaveProxyTo: organization ? (meeting.proxies.find((proxy) => proxy.from.id === organization.id)?.to ?? null) : null,
      };
      groups.set(key, group);
    }
    return group;
  };
  for (const membership of meeting.table.memberships) groupOf(membership.organization);
  for (const { organization, ...person } of people.values()) {
    const group = groupOf(organization);
    group.people.push(person);
    if (person.status === 'PRESENT') group.present += 1;
  }

  const byName = (a: string, b: string) => a.localeCompare(b, language);
  for (const group of groups.values()) group.people.sort((a, b) => byName(a.name, b.name));
  // Organizations by name; people who sit for none last.
  return [...groups.values()].sort((a, b) => (!a.organization ? 1 : !b.organization ? -1 : byName(a.organization.name, b.organization.name)));
}
