import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import type { NotificationItem, NotificationKind } from '@concertation/web-data-access';
import { renderWithProviders } from '@concertation/web-testing';
import { NotificationList } from './notification-list';

function notification(id: string, kind: NotificationKind, title: string, subjectId: string | null = null): NotificationItem {
  return {
    __typename: 'Notification',
    id,
    kind,
    title,
    body: null,
    createdAt: '2027-01-05T15:00:00.000Z',
    readAt: '2027-01-05T16:00:00.000Z',
    subjectId,
    table: { __typename: 'RoundTable', id: 'table-1', name: 'Table régionale de Montréal' },
    meeting: { __typename: 'Meeting', id: 'meeting-1', title: 'Rencontre de janvier' },
  };
}

describe('the new notification kinds', () => {
  it('name their kind and lead to the action items or the minutes', () => {
    renderWithProviders(
      <NotificationList
        onMarkRead={() => undefined}
        notifications={[
          notification('n1', 'ACTION_ITEM_ASSIGNED', 'Action confiée : Préparer le bilan', 'action-1'),
          notification('n2', 'ACTION_ITEM_DUE', 'Échéance proche : Préparer le bilan'),
          notification('n3', 'MINUTES_CIRCULATED', 'Procès-verbal diffusé : Rencontre de janvier'),
          notification('n4', 'MEETING_CHANGED', 'Rencontre modifiée : Rencontre de janvier'),
        ]}
      />,
    );
    expect(screen.getByText('Action confiée')).toBeInTheDocument();
    expect(screen.getByText('Échéance d’une action')).toBeInTheDocument();
    expect(screen.getByText('Procès-verbal diffusé')).toBeInTheDocument();
    const href = (name: string) => screen.getByRole('link', { name }).getAttribute('href');
    expect(href('Action confiée : Préparer le bilan')).toBe('/actions/action-1');
    // Older notifications name no item: the viewer's action items, then.
    expect(href('Échéance proche : Préparer le bilan')).toBe('/actions');
    expect(href('Procès-verbal diffusé : Rencontre de janvier')).toBe('/meetings/meeting-1/minutes');
    expect(href('Rencontre modifiée : Rencontre de janvier')).toBe('/meetings/meeting-1');
  });

  it('lead referrals to their card on the referrals page of the notification’s table', () => {
    const received = { ...notification('n5', 'REFERRAL_RECEIVED', 'Référence reçue de Table régionale fictive : Harmoniser', 'referral-1'), meeting: null };
    const answered = {
      ...notification('n6', 'REFERRAL_ANSWERED', 'Référence refusée par Table provinciale fictive : Harmoniser', 'referral-2'),
      meeting: null,
    };
    const older = { ...notification('n7', 'REFERRAL_ANSWERED', 'Une référence a été refusée'), meeting: null };
    renderWithProviders(<NotificationList onMarkRead={() => undefined} notifications={[received, answered, older]} />);
    expect(screen.getByText('Référence reçue')).toBeInTheDocument();
    const href = (name: string) => screen.getByRole('link', { name }).getAttribute('href');
    expect(href('Référence reçue de Table régionale fictive : Harmoniser')).toBe('/tables/table-1/referrals#referral-referral-1');
    expect(href('Référence refusée par Table provinciale fictive : Harmoniser')).toBe('/tables/table-1/referrals#referral-referral-2');
    // Without a subject (notifications written before the API named it): the page itself.
    expect(href('Une référence a été refusée')).toBe('/tables/table-1/referrals');
  });

  it('lead an opened consultation to its page', () => {
    const opened = { ...notification('n8', 'CONSULTATION_OPENED', 'Consultation : Protocole d’accueil fictif', 'consultation-1'), meeting: null };
    const older = { ...notification('n9', 'CONSULTATION_OPENED', 'Une consultation est ouverte'), meeting: null };
    renderWithProviders(<NotificationList onMarkRead={() => undefined} notifications={[opened, older]} />);
    expect(screen.getAllByText('Consultation ouverte')).toHaveLength(2);
    const href = (name: string) => screen.getByRole('link', { name }).getAttribute('href');
    expect(href('Consultation : Protocole d’accueil fictif')).toBe('/consultations/consultation-1');
    // Without a subject: the viewer's consultations.
    expect(href('Une consultation est ouverte')).toBe('/consultations');
  });
});
