import { afterEach, describe, expect, it } from 'vitest';
import { configure, fireEvent, screen } from '@testing-library/react';
import { renderWithProviders, viewer } from '@concertation/web-testing';
import { HeaderSearch } from './header-search';

// A loaded CI machine may take more than the default second to render the answer.
configure({ asyncUtilTimeout: 5000 });

const label = 'Rechercher dans les rencontres, les points, les décisions et les actions';

describe('HeaderSearch', () => {
  afterEach(() => localStorage.clear());

  it('goes to the results page with the words in the address', async () => {
    renderWithProviders(<HeaderSearch />, { me: viewer() });

    const form = screen.getByRole('search', { name: 'Recherche' });
    const field = screen.getByRole('searchbox', { name: label });
    expect(field.getAttribute('placeholder')).toBe('Rechercher…');
    fireEvent.change(field, { target: { value: '  plan d’action & suivi ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Rechercher' }));

    expect((await screen.findByTestId('location')).textContent).toBe(`/search?q=${encodeURIComponent('plan d’action & suivi').replace(/%20/g, '+')}`);
    expect(form.isConnected).toBe(false);
  });

  it('refuses a blank query and says why', async () => {
    renderWithProviders(<HeaderSearch />, { me: viewer() });

    const field = screen.getByRole('searchbox', { name: label });
    fireEvent.change(field, { target: { value: '   ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Rechercher' }));

    const message = await screen.findByRole('alert');
    expect(message.textContent).toBe('Écrivez au moins un mot à rechercher.');
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(field.getAttribute('aria-describedby')).toBe(message.id);
    expect(document.activeElement).toBe(field);
    expect(screen.queryByTestId('location')).toBeNull();

    // Typing again clears the complaint.
    fireEvent.change(field, { target: { value: 'p' } });
    expect(screen.queryByRole('alert')).toBeNull();
    expect(field.getAttribute('aria-invalid')).toBeNull();
  });
});
