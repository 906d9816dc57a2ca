import { afterEach, describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { MeetingDocument, MeetingEventsDocument, RecordAttendanceDocument } from '@concertation/web-data-access';
import { renderWithProviders, viewer } from '@concertation/web-testing';
import { camille, meeting, membership, organizations, person, proxy, sam, substitution } from '../testing/meeting-fixtures';
import { LiveRoomPage } from './live-room-page';

const { police, youth, school, city } = organizations;
const route = { route: '/meetings/meeting-1/live', path: '/meetings/:id/live' };
const query = (data: ReturnType<typeof meeting>) => ({
  request: { query: MeetingDocument, variables: { id: 'meeting-1' } },
  result: { data: { meeting: data } },
});
const noEvents = { request: { query: MeetingEventsDocument, variables: { meetingId: 'meeting-1' } }, delay: Number.POSITIVE_INFINITY };

// The police service: Alex its delegate, Camille (chairing) another of its people. The youth centre:
// Sam its alternate, and Lou, sent to this meeting in its delegate's place. The school gave its proxy to the police.
const alex = person('alex', 'Alex Martin', 'MEMBER');
const lou = substitution('sub-1', youth, ['lou', 'Lou Caron'], { sentBy: ['sam', 'Sam Roy'] });
const present = (user: { id: string; displayName: string }, organization: typeof police, capacity: 'DELEGATE' | 'SUBSTITUTE') => ({
  __typename: 'Attendance' as const,
  status: 'PRESENT' as const,
  capacity,
  recordedAt: '2027-01-12T14:05:00.000Z',
  user: { __typename: 'User' as const, ...user },
  organization,
});
type Role = ReturnType<typeof meeting>['table']['viewerRole'];
const inProgress = (overrides: Parameters<typeof meeting>[0] = {}, viewerRole: Role = 'CHAIR') =>
  meeting({
    status: 'IN_PROGRESS',
    currentItem: { __typename: 'AgendaItem', id: 'item-1' },
    substitutions: [lou],
    proxies: [proxy('proxy-1', school, police)],
    ...overrides,
    table: {
      ...meeting().table,
      viewerRole,
      participants: [camille, sam, alex],
      memberships: [membership(police, alex), membership(youth, null, [sam]), membership(school), membership(city)],
    },
  });

const group = (name: string) => screen.getByRole('list', { name });
const row = (list: HTMLElement, name: string) => within(list).getByText(name).closest('li') as HTMLElement;

describe('the attendance sheet', () => {
  afterEach(() => sessionStorage.clear());

  it('lists each organization’s people with their capacity in words, and the proxies, in French and in English', async () => {
    const data = inProgress({ attendance: [present(alex.user, police, 'DELEGATE'), present(lou.substitute, youth, 'SUBSTITUTE')] }, 'MEMBER');
    const { unmount } = renderWithProviders(<LiveRoomPage />, { ...route, mocks: [query(data), noEvents], me: viewer({ id: 'user-sam' }) });
    await screen.findByRole('region', { name: 'Présences' });
    expect(screen.getAllByRole('heading', { level: 3 }).map((heading) => heading.textContent)).toEqual(
      expect.arrayContaining(['Centre jeunesse fictif', 'École fictive', 'Service de police fictif', 'Ville fictive']),
    );
    const policeList = group('Service de police fictif');
    expect(row(policeList, 'Alex Martin')).toHaveTextContent('Alex Martin · Délégué·e Présence');
    expect(row(policeList, 'Camille Tremblay')).toHaveTextContent('Camille Tremblay · Participant·e Non consignée');
    const youthList = group('Centre jeunesse fictif');
    expect(row(youthList, 'Lou Caron')).toHaveTextContent('Lou Caron · Remplaçant·e Présence');
    expect(row(youthList, 'Sam Roy')).toHaveTextContent('Sam Roy · Suppléant·e Non consignée');
    expect(screen.getByText('Détient la procuration de École fictive')).toBeInTheDocument();
    expect(screen.getByText('A confié sa voix à Service de police fictif')).toBeInTheDocument();
    expect(screen.getAllByText('Personne ne siège pour cette organisation.')).toHaveLength(2);
    expect(screen.getAllByText('1 personne présente')).toHaveLength(2);
    unmount();

    renderWithProviders(<LiveRoomPage />, { ...route, mocks: [query(data), noEvents], me: viewer({ id: 'user-sam' }), language: 'en' });
    await screen.findByRole('region', { name: 'Attendance' });
    expect(row(group('Centre jeunesse fictif'), 'Lou Caron')).toHaveTextContent('Lou Caron · Substitute Present');
    expect(row(group('Centre jeunesse fictif'), 'Sam Roy')).toHaveTextContent('Sam Roy · Alternate Not recorded');
    expect(row(group('Service de police fictif'), 'Alex Martin')).toHaveTextContent('Alex Martin · Delegate Present');
    expect(screen.getByText('Holds the proxy of École fictive')).toBeInTheDocument();
    expect(screen.getAllByText('0 people present')).toHaveLength(2);
  });

  it('lets the chair record the attendance of a colleague sent to the meeting, who does not sit at the table', async () => {
    const recorded = present(lou.substitute, youth, 'SUBSTITUTE');
    const mocks = [
      query(inProgress()),
      noEvents,
      {
        request: { query: RecordAttendanceDocument, variables: { meetingId: 'meeting-1', userId: 'user-lou', status: 'PRESENT' } },
        result: { data: { recordAttendance: recorded } },
      },
      query(inProgress({ attendance: [recorded] })),
    ];
    renderWithProviders(<LiveRoomPage />, { ...route, mocks, me: viewer({ id: 'user-camille' }) });
    const lous = await screen.findByRole('group', { name: 'Présence de Lou Caron' });
    expect(row(group('Centre jeunesse fictif'), 'Lou Caron')).toHaveTextContent('Lou Caron · Remplaçant·e');
    fireEvent.click(within(lous).getByRole('button', { name: 'Présence' }));
    await waitFor(() => expect(within(lous).getByRole('button', { name: 'Présence' }).getAttribute('aria-pressed')).toBe('true'));
    expect(screen.getByText('1 personne présente')).toBeInTheDocument();
  });

  it('keeps a substitute withdrawn after being recorded, as recorded', async () => {
    const data = inProgress({ substitutions: [], attendance: [present(lou.substitute, youth, 'SUBSTITUTE')] }, 'MEMBER');
    renderWithProviders(<LiveRoomPage />, { ...route, mocks: [query(data), noEvents], me: viewer({ id: 'user-sam' }) });
    await screen.findByRole('region', { name: 'Présences' });
    expect(row(group('Centre jeunesse fictif'), 'Lou Caron')).toHaveTextContent('Lou Caron · Remplaçant·e Présence');
  });
});
