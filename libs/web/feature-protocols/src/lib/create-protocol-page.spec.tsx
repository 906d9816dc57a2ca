import { afterEach, describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { CreateProtocolDocument, MyParticipationsDocument } from '@concertation/web-data-access';
import { renderWithProviders, viewer } from '@concertation/web-testing';
import { participations, protocolSummary } from '../testing/protocol-fixtures';
import { CreateProtocolPage } from './create-protocol-page';

const route = { route: '/protocols/new', path: '/protocols/new', me: viewer() };
const seats = (list: Parameters<typeof participations>[0]) => ({ request: { query: MyParticipationsDocument }, result: { data: participations(list) } });
const officer = seats([
  { id: 't-mtl', name: 'Table régionale de Montréal', role: 'CHAIR' },
  { id: 't-lav', name: 'Table régionale de Laval', role: 'SECRETARY' },
  { id: 't-est', name: 'Table régionale de l’Estrie', role: 'MEMBER' },
  { id: 't-old', name: 'Ancienne table', role: 'CHAIR', archived: true },
]);

describe('CreateProtocolPage', () => {
  afterEach(() => localStorage.clear());

  it('offers only the active tables the viewer is an officer of, and says what is missing', async () => {
    renderWithProviders(<CreateProtocolPage />, { ...route, mocks: [officer] });
    const owner = await screen.findByLabelText('Table responsable');
    expect([...(owner as HTMLSelectElement).options].map((option) => option.textContent)).toEqual([
      'Choisir…',
      'Table régionale de Laval',
      'Table régionale de Montréal',
    ]);

    fireEvent.click(screen.getByRole('button', { name: 'Publier le protocole' }));
    expect(screen.getByText('Faites un choix dans la liste.')).toBeInTheDocument();
    expect(screen.getByText('Cochez au moins un secteur concerné.')).toBeInTheDocument();
    expect(screen.getByLabelText('Titre').getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByLabelText('Texte de la version 1').getAttribute('aria-invalid')).toBe('true');
    await waitFor(() => expect(document.activeElement).toBe(owner));
  });

  it('publishes version 1 and opens the new protocol', async () => {
    let sent: unknown = null;
    const created = {
      request: {
        query: CreateProtocolDocument,
        variables: (variables: Record<string, unknown>) => {
          sent = variables;
          return true;
        },
      },
      result: { data: { createProtocol: { ...protocolSummary(), id: 'protocol-new', title: 'Protocole de fugue' } } },
    };
    renderWithProviders(<CreateProtocolPage />, { ...route, mocks: [officer, created] });
    fireEvent.change(await screen.findByLabelText('Table responsable'), { target: { value: 't-mtl' } });
    fireEvent.change(screen.getByLabelText('Titre'), { target: { value: '  Protocole de fugue ' } });
    fireEvent.change(screen.getByLabelText('Résumé (facultatif)'), { target: { value: 'Quand un jeune fugue.' } });
    fireEvent.click(screen.getByRole('checkbox', { name: 'Police' }));
    fireEvent.click(screen.getByRole('checkbox', { name: 'Protection de la jeunesse' }));
    fireEvent.change(screen.getByLabelText('Texte de la version 1'), { target: { value: '# Fugue\nAviser la police.\n' } });
    fireEvent.click(screen.getByRole('button', { name: 'Publier le protocole' }));

    expect((await screen.findByTestId('location')).textContent).toBe('/protocols/protocol-new');
    expect(sent).toEqual({
      input: {
        ownerTableId: 't-mtl',
        title: 'Protocole de fugue',
        summary: 'Quand un jeune fugue.',
        sectors: ['POLICE', 'YOUTH_PROTECTION'],
        body: '# Fugue\nAviser la police.\n',
      },
    });
  });

  it('explains that only officers may publish', async () => {
    renderWithProviders(<CreateProtocolPage />, { ...route, mocks: [seats([{ id: 't-est', name: 'Table régionale de l’Estrie', role: 'MEMBER' }])] });
    expect(await screen.findByText('Réservé aux responsables d’une table')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Publier le protocole' })).toBeNull();
  });
});
