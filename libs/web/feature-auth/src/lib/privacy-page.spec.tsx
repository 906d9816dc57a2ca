import { afterEach, describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import { renderWithProviders, viewer } from '@concertation/web-testing';
import { PrivacyPage } from './privacy-page';

const route = { route: '/privacy', path: '/privacy' };

describe('PrivacyPage', () => {
  afterEach(() => localStorage.clear());

  it('says in French what is kept, why, for how long, who sees it, and how to get it or erase it', () => {
    renderWithProviders(<PrivacyPage />, route);
    expect(screen.getByRole('heading', { level: 1, name: 'Confidentialité et vos données' })).toBeInTheDocument();
    expect(screen.getAllByRole('heading', { level: 2 }).map((heading) => heading.textContent)).toEqual([
      'Ce que la plateforme conserve',
      'Pourquoi',
      'Pendant combien de temps',
      'Qui voit quoi',
      'Obtenir vos données, effacer votre compte',
    ]);
    expect(screen.getByText(/Les notifications sont effacées après 365 jours/)).toBeInTheDocument();
    expect(screen.getByText('Les sessions expirées sont effacées après 30 jours.')).toBeInTheDocument();
    expect(screen.getByText('Les courriels envoyés ou abandonnés quittent la file d’envoi après 30 jours.')).toBeInTheDocument();
    expect(screen.getByText(/jamais joint à un point de l’ordre du jour est effacé après une heure/)).toBeInTheDocument();
    expect(screen.getByText(/reste, sous le nom « Ancien participant »/)).toBeInTheDocument();
  });

  it('sends someone signed out to sign in, then to their profile', () => {
    renderWithProviders(<PrivacyPage />, route);
    const link = screen.getByRole('link', { name: 'Me connecter pour télécharger mes données ou supprimer mon compte' });
    expect(link.getAttribute('href')).toBe('/sign-in?next=%2Fprofile');
  });

  it('reads in English, and leads someone signed in to their profile', () => {
    renderWithProviders(<PrivacyPage />, { ...route, language: 'en', me: viewer({ locale: 'EN' }) });
    expect(screen.getByRole('heading', { level: 1, name: 'Privacy and your data' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: 'For how long' })).toBeInTheDocument();
    expect(screen.getByText(/Notifications are deleted after 365 days/)).toBeInTheDocument();
    expect(screen.getByText('Your choice in a secret vote: you, and nobody else.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Go to my profile' }).getAttribute('href')).toBe('/profile');
  });
});
