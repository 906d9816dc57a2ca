import { afterEach, describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { DEFAULT_DELIVERY_CHANNELS, NOTIFICATION_KIND_TEXTS, NOTIFICATION_KINDS } from '@concertation/shared-domain';
import {
  NotificationSettingsDocument,
  UpdateNotificationPreferencesDocument,
  type DeliveryChannel,
  type NotificationKind,
} from '@concertation/web-data-access';
import { renderWithProviders, viewer } from '@concertation/web-testing';
import { NotificationSettingsPage } from './notification-settings-page';
import { notificationGroups } from './notification-groups';

type Channels = Record<NotificationKind, DeliveryChannel>;

function settings(channels: Partial<Channels> = {}, digestHour: number | null = 7) {
  const all = { ...DEFAULT_DELIVERY_CHANNELS, ...channels } as Channels;
  return {
    __typename: 'User' as const,
    id: 'user-1',
    timeZone: 'America/Toronto',
    digestHour,
    notificationPreferences: NOTIFICATION_KINDS.map((kind) => ({ __typename: 'NotificationPreference' as const, kind, channel: all[kind] })),
  };
}

const loaded = (data = settings({ ACTION_ITEM_DUE: 'IN_APP' }, 18)) => ({ request: { query: NotificationSettingsDocument }, result: { data: { me: data } } });

const kindGroup = (kind: NotificationKind, language: 'FR' | 'EN' = 'FR') => screen.getByRole('group', { name: NOTIFICATION_KIND_TEXTS[language][kind].name });
const radio = (kind: NotificationKind, name: string, language: 'FR' | 'EN' = 'FR') =>
  within(kindGroup(kind, language)).getByRole('radio', { name }) as HTMLInputElement;
const hourSelect = (name = 'Heure d’envoi du résumé') => screen.getByRole('combobox', { name }) as HTMLSelectElement;

describe('NotificationSettingsPage', () => {
  afterEach(() => localStorage.clear());

  it('shows every kind, grouped, with the channel the server has for it and the digest hour, in French', async () => {
    renderWithProviders(<NotificationSettingsPage />, { mocks: [loaded()], me: viewer() });

    expect(await screen.findByRole('heading', { level: 1, name: 'Préférences de notification' })).toBeInTheDocument();
    await screen.findByRole('button', { name: 'Enregistrer' });
    for (const title of ['Rencontres', 'Actions', 'Tables de concertation et adhésions', 'Références, consultations et protocoles', 'Résumé quotidien']) {
      expect(screen.getByRole('heading', { level: 2, name: title })).toBeInTheDocument();
    }
    // Every kind once, with its description tied to its group of three radios.
    expect(screen.getAllByRole('radio')).toHaveLength(NOTIFICATION_KINDS.length * 3);
    for (const kind of NOTIFICATION_KINDS) {
      const group = kindGroup(kind);
      expect(group).toHaveAccessibleDescription(NOTIFICATION_KIND_TEXTS.FR[kind].description);
      expect(
        within(group)
          .getAllByRole('radio')
          .map((input) => input.closest('div')?.textContent),
      ).toEqual(['Dans l’application seulement', 'Par courriel, aussitôt', 'Dans le résumé quotidien']);
    }
    expect(radio('ACTION_ITEM_DUE', 'Dans l’application seulement').checked).toBe(true);
    expect(radio('ACTION_ITEM_ASSIGNED', 'Par courriel, aussitôt').checked).toBe(true);
    expect(radio('PROTOCOL_PUBLISHED', 'Dans le résumé quotidien').checked).toBe(true);

    const hour = hourSelect();
    expect(hour.value).toBe('18');
    expect(within(hour).getAllByRole('option')).toHaveLength(24);
    expect((within(hour).getByRole('option', { name: '18 h 00' }) as HTMLOptionElement).selected).toBe(true);
    expect(within(hour).getByRole('option', { name: '7 h 00' })).toBeInTheDocument();
    // The zone in words, never its id.
    expect(hour).toHaveAccessibleDescription(/^À l’heure de votre fuseau horaire\u00a0: heure (normale|avancée) de l’Est\./);
    expect(document.body.textContent).not.toContain('America/Toronto');
    expect(screen.getByText('Le résumé n’est envoyé que les jours où il contient quelque chose.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Enregistrer' })).toBeDisabled();
  });

  it('reads in English, hours in the English way', async () => {
    renderWithProviders(<NotificationSettingsPage />, { mocks: [loaded()], me: viewer({ locale: 'EN' }), language: 'en' });

    expect(await screen.findByRole('heading', { level: 1, name: 'Notification settings' })).toBeInTheDocument();
    await screen.findByRole('button', { name: 'Save' });
    expect(screen.getByRole('heading', { level: 2, name: 'Referrals, consultations and protocols' })).toBeInTheDocument();
    expect(radio('ACTION_ITEM_DUE', 'In the application only', 'EN').checked).toBe(true);
    expect(radio('MEETING_SCHEDULED', 'By e-mail, right away', 'EN').checked).toBe(true);
    expect(radio('PROTOCOL_PUBLISHED', 'In the daily digest', 'EN').checked).toBe(true);
    const hour = hourSelect('Time the digest is sent');
    expect((within(hour).getByRole('option', { name: '6:00 p.m.' }) as HTMLOptionElement).selected).toBe(true);
    expect(hour).toHaveAccessibleDescription(/^In your time zone: Eastern (Standard|Daylight) Time\./);
    expect(screen.getByText('The digest is only sent on days when there is something in it.')).toBeInTheDocument();
  });

  it('saves only the kinds changed, with the digest hour, and says so', async () => {
    const saved = settings({ ACTION_ITEM_DUE: 'IN_APP', MEETING_CHANGED: 'DIGEST' }, 9);
    const update = {
      request: {
        query: UpdateNotificationPreferencesDocument,
        variables: { preferences: [{ kind: 'MEETING_CHANGED', channel: 'DIGEST' }], digestHour: 9 },
      },
      delay: 300,
      result: { data: { updateNotificationPreferences: saved } },
    };
    renderWithProviders(<NotificationSettingsPage />, { mocks: [loaded(), update], me: viewer() });
    const save = await screen.findByRole('button', { name: 'Enregistrer' });

    fireEvent.click(radio('MEETING_CHANGED', 'Dans le résumé quotidien'));
    fireEvent.change(hourSelect(), { target: { value: '9' } });
    expect(save).toBeEnabled();
    expect(screen.getByText('Vous avez des modifications non enregistrées.')).toBeInTheDocument();

    fireEvent.click(save);
    expect(await screen.findByRole('button', { name: 'Enregistrement…' })).toHaveAttribute('aria-busy', 'true');
    expect(await screen.findByRole('status')).toHaveTextContent('Vos préférences de notification ont été enregistrées.');
    expect(screen.getByRole('button', { name: 'Enregistrer' })).toBeDisabled();
    expect(screen.queryByText('Vous avez des modifications non enregistrées.')).toBeNull();
    expect(radio('MEETING_CHANGED', 'Dans le résumé quotidien').checked).toBe(true);
    expect(hourSelect().value).toBe('9');
  });

  it('a change undone is no change: Save is disabled again', async () => {
    renderWithProviders(<NotificationSettingsPage />, { mocks: [loaded()], me: viewer() });
    const save = await screen.findByRole('button', { name: 'Enregistrer' });
    fireEvent.click(radio('ACTION_ITEM_DUE', 'Par courriel, aussitôt'));
    expect(save).toBeEnabled();
    fireEvent.click(radio('ACTION_ITEM_DUE', 'Dans l’application seulement'));
    expect(save).toBeDisabled();
  });

  it('puts the defaults back in the form without saving them', async () => {
    renderWithProviders(<NotificationSettingsPage />, {
      mocks: [loaded(settings({ MEETING_SCHEDULED: 'IN_APP', PROTOCOL_PUBLISHED: 'EMAIL' }, 21))],
      me: viewer(),
    });
    await screen.findByRole('button', { name: 'Enregistrer' });
    expect(radio('MEETING_SCHEDULED', 'Dans l’application seulement').checked).toBe(true);

    fireEvent.click(screen.getByRole('button', { name: 'Revenir aux choix par défaut' }));
    const label = { IN_APP: 'Dans l’application seulement', EMAIL: 'Par courriel, aussitôt', DIGEST: 'Dans le résumé quotidien' } as const;
    for (const kind of NOTIFICATION_KINDS) expect(radio(kind, label[DEFAULT_DELIVERY_CHANNELS[kind]]).checked).toBe(true);
    expect(hourSelect().value).toBe('7');
    expect(screen.getByRole('status')).toHaveTextContent('Les choix par défaut sont dans le formulaire. Enregistrez pour les appliquer.');
    // Nothing was sent (no mutation is mocked): Save waits for the person.
    expect(screen.getByRole('button', { name: 'Enregistrer' })).toBeEnabled();
  });

  it('shows a refused save with the app’s error message and keeps the choices', async () => {
    const refused = {
      request: { query: UpdateNotificationPreferencesDocument, variables: { preferences: [{ kind: 'REFERRAL_RECEIVED', channel: 'IN_APP' }], digestHour: 18 } },
      result: { errors: [{ message: 'Forbidden', extensions: { code: 'FORBIDDEN' } }] },
    };
    renderWithProviders(<NotificationSettingsPage />, { mocks: [loaded(), refused], me: viewer() });
    await screen.findByRole('button', { name: 'Enregistrer' });
    fireEvent.click(radio('REFERRAL_RECEIVED', 'Dans l’application seulement'));
    fireEvent.click(screen.getByRole('button', { name: 'Enregistrer' }));
    expect(await screen.findByRole('alert')).toBeInTheDocument();
    expect(radio('REFERRAL_RECEIVED', 'Dans l’application seulement').checked).toBe(true);
    await waitFor(() => expect(screen.getByRole('button', { name: 'Enregistrer' })).toBeEnabled());
  });
});

describe('notificationGroups', () => {
  it('places every kind in exactly one group', () => {
    const placed = notificationGroups().flatMap((entry) => entry.kinds);
    expect([...placed].sort()).toEqual([...NOTIFICATION_KINDS].sort());
  });
});
