import { afterEach, describe, expect, it } from 'vitest';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import {
  MarkNotificationsReadDocument,
  MeDocument,
  NotificationReceivedDocument,
  NotificationsDocument,
  NOTIFICATIONS_PAGE_SIZE,
} from '@concertation/web-data-access';
import { renderWithProviders, viewer } from '@concertation/web-testing';
import { NotificationBell } from './notification-bell';

function notification(id: string, title: string, readAt: string | null) {
  return {
    __typename: 'Notification' as const,
    id,
    kind: 'MEETING_SCHEDULED' as const,
    title,
    body: null,
    createdAt: '2027-01-05T15:00:00.000Z',
    readAt,
    subjectId: null,
    table: { __typename: 'RoundTable' as const, id: 'table-1', name: 'Table régionale de Montréal' },
    meeting: { __typename: 'Meeting' as const, id: 'meeting-1', title: 'Rencontre de janvier' },
  };
}

const list = {
  request: { query: NotificationsDocument, variables: { first: NOTIFICATIONS_PAGE_SIZE } },
  result: {
    data: {
      notifications: {
        __typename: 'NotificationConnection',
        totalCount: 2,
        unreadCount: 1,
        pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: 'c2' },
        edges: [
          { __typename: 'NotificationEdge', cursor: 'c1', node: notification('n1', 'Rencontre planifiée : Rencontre de janvier', null) },
          { __typename: 'NotificationEdge', cursor: 'c2', node: notification('n0', 'Ordre du jour publié', '2027-01-04T15:00:00.000Z') },
        ],
      },
    },
  },
};

describe('NotificationBell', () => {
  afterEach(() => localStorage.clear());

  it('counts unread notifications live and announces new ones', async () => {
    const received = {
      request: { query: NotificationReceivedDocument },
      delay: 50,
      result: { data: { notificationReceived: notification('n2', 'Rencontre modifiée : Rencontre de février', null) } },
    };
    renderWithProviders(<NotificationBell />, { mocks: [list, received], me: viewer() });

    expect(await screen.findByRole('button', { name: 'Notifications : 1 non lue' })).toBeInTheDocument();
    expect(await screen.findByRole('button', { name: 'Notifications : 2 non lues' })).toBeInTheDocument();
    expect(screen.getByRole('status').textContent).toBe('Nouvelle notification : Rencontre modifiée : Rencontre de février');

    const bell = screen.getByRole('button', { name: 'Notifications : 2 non lues' });
    expect(bell.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(bell);
    expect(bell.getAttribute('aria-expanded')).toBe('true');
    const panel = screen.getByRole('region', { name: 'Notifications' });
    const links = within(panel)
      .getAllByRole('link')
      .map((link) => link.textContent);
    expect(links).toEqual([
      'Rencontre modifiée : Rencontre de février',
      'Rencontre planifiée : Rencontre de janvier',
      'Ordre du jour publié',
      'Voir toutes les notifications',
    ]);
    expect(within(panel).getAllByRole('link')[0].getAttribute('href')).toBe('/meetings/meeting-1');

    fireEvent.keyDown(panel, { key: 'Escape' });
    expect(screen.queryByRole('region', { name: 'Notifications' })).toBeNull();
    expect(document.activeElement).toBe(bell);
  });

  it('fetches the notifications again, in the new language, once the profile’s language changes', async () => {
    const noneReceived = { request: { query: NotificationReceivedDocument }, delay: Number.POSITIVE_INFINITY };
    const english = {
      request: list.request,
      result: {
        data: {
          notifications: {
            ...list.result.data.notifications,
            edges: [
              { __typename: 'NotificationEdge', cursor: 'c1', node: notification('n1', 'New meeting: Rencontre de janvier', null) },
              { __typename: 'NotificationEdge', cursor: 'c2', node: notification('n0', 'Agenda published', '2027-01-04T15:00:00.000Z') },
            ],
          },
        },
      },
    };
    const { cache } = renderWithProviders(<NotificationBell />, { mocks: [list, noneReceived, english], me: viewer() });
    fireEvent.click(await screen.findByRole('button', { name: 'Notifications : 1 non lue' }));
    expect(await screen.findByRole('link', { name: 'Rencontre planifiée : Rencontre de janvier' })).toBeInTheDocument();

    // What the language switch's updateProfile leaves in the cache: the viewer, now in English.
    act(() => cache.writeQuery({ query: MeDocument, data: { me: viewer({ locale: 'EN' }) } }));
    expect(await screen.findByRole('link', { name: 'New meeting: Rencontre de janvier' })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Rencontre planifiée : Rencontre de janvier' })).toBeNull();
  });

  it('marks one notification read and lowers the count', async () => {
    const noneReceived = { request: { query: NotificationReceivedDocument }, delay: Number.POSITIVE_INFINITY };
    const markRead = { request: { query: MarkNotificationsReadDocument, variables: { ids: ['n1'] } }, result: { data: { markNotificationsRead: 1 } } };
    renderWithProviders(<NotificationBell />, { mocks: [list, noneReceived, markRead], me: viewer() });

    fireEvent.click(await screen.findByRole('button', { name: 'Notifications : 1 non lue' }));
    fireEvent.click(screen.getByRole('button', { name: 'Marquer comme lue : Rencontre planifiée : Rencontre de janvier' }));
    await waitFor(() => expect(screen.getByRole('button', { name: 'Notifications : aucune non lue' })).toBeInTheDocument());
    expect(screen.queryByRole('button', { name: /Marquer comme lue/ })).toBeNull();
  });
});
