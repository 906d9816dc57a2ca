import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { act, render, screen } from '@testing-library/react';
import { I18nProvider, LANGUAGE_STORAGE_KEY, useI18n } from './i18n-provider';
import { formatDateTime } from './format';
import { loadNamespaces } from './namespaces';

function Probe() {
  const { t, tp, setLanguage, formatDateTime: format } = useI18n();
  return (
    <div>
      <p data-testid="title">{t('auth.signIn.title')}</p>
      <p data-testid="count">{tp('directory.tables.count', 1)}</p>
      <p data-testid="counts">{tp('directory.tables.count', 2)}</p>
      <p data-testid="when">{format('2027-01-12T14:00:00.000Z')}</p>
      <p data-testid="params">{t('home.title', { name: 'Alex' })}</p>
      <button onClick={() => setLanguage('en')}>en</button>
    </div>
  );
}

describe('I18nProvider', () => {
  // The probe reads the sign-in page's and the directory's texts, as their routes would load them.
  beforeAll(() => loadNamespaces('auth', 'directory'));
  afterEach(() => localStorage.clear());

  it('starts in French, sets <html lang>, and remembers a switch to English', () => {
    render(
      <I18nProvider initialTimeZone="America/Toronto">
        <Probe />
      </I18nProvider>,
    );
    expect(screen.getByTestId('title').textContent).toBe('Se connecter');
    expect(screen.getByTestId('count').textContent).toBe('1 table trouvée');
    expect(screen.getByTestId('params').textContent).toBe('Bonjour, Alex');
    expect(document.documentElement.lang).toBe('fr');

    act(() => screen.getByRole('button', { name: 'en' }).click());

    expect(screen.getByTestId('title').textContent).toBe('Sign in');
    expect(screen.getByTestId('counts').textContent).toBe('2 tables found');
    expect(document.documentElement.lang).toBe('en');
    expect(localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('en');
  });

  it('reads the remembered language', () => {
    localStorage.setItem(LANGUAGE_STORAGE_KEY, 'en');
    render(
      <I18nProvider>
        <Probe />
      </I18nProvider>,
    );
    expect(screen.getByTestId('title').textContent).toBe('Sign in');
  });

  it('formats instants in the viewer’s time zone, not the machine’s', () => {
    // 14:00 UTC is 9:00 in Montreal and 6:00 in Vancouver in January.
    expect(formatDateTime('2027-01-12T14:00:00.000Z', 'fr', 'America/Toronto')).toMatch(/9 h 00/);
    expect(formatDateTime('2027-01-12T14:00:00.000Z', 'en', 'America/Vancouver')).toMatch(/6:00/);
  });
});
