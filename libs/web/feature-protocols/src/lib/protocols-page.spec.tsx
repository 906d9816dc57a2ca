import { afterEach, describe, expect, it } from 'vitest';
import { fireEvent, screen, within } from '@testing-library/react';
import { MyParticipationsDocument, ProtocolsDocument } from '@concertation/web-data-access';
import { renderWithProviders, viewer } from '@concertation/web-testing';
import { participations, protocolDetail, protocolSummary } from '../testing/protocol-fixtures';
import { ProtocolsPage } from './protocols-page';

const route = { route: '/protocols', path: '/protocols', me: viewer() };
const seats = (list: Parameters<typeof participations>[0]) => ({ request: { query: MyParticipationsDocument }, result: { data: participations(list) } });
const listed = (variables: Record<string, unknown>, protocols: ReturnType<typeof protocolSummary>[]) => ({
  request: { query: ProtocolsDocument, variables },
  result: { data: { protocols } },
});
const other = protocolSummary(protocolDetail({ id: 'protocol-2', title: 'Protocole d’accompagnement scolaire', sectors: ['EDUCATION'] }));

describe('the protocol library', () => {
  afterEach(() => localStorage.clear());

  it('lists each protocol with its version, owner table and adoption, and filters by sector', async () => {
    const mocks = [
      seats([{ id: 't-mtl', name: 'Table régionale de Montréal', role: 'CHAIR' }]),
      listed({}, [protocolSummary(), other]),
      listed({ sector: 'EDUCATION' }, [other]),
    ];
    renderWithProviders(<ProtocolsPage />, { ...route, mocks });

    const link = await screen.findByRole('link', { name: 'Protocole de signalement intersectoriel' });
    expect(link.getAttribute('href')).toBe('/protocols/protocol-1');
    const card = link.closest('li')!;
    expect(within(card).getByText('Table responsable : Table provinciale du Québec')).toBeInTheDocument();
    expect(within(card).getByText('Version 2 en vigueur depuis le 15 novembre 2026')).toBeInTheDocument();
    expect(within(card).getByText('Adopté dans 2 régions sur 17, dont 1 avec une version dépassée')).toBeInTheDocument();
    expect(screen.getByText('2 protocoles')).toBeInTheDocument();
    expect((await screen.findByRole('link', { name: 'Nouveau protocole' })).getAttribute('href')).toBe('/protocols/new');

    fireEvent.change(screen.getByLabelText('Secteur'), { target: { value: 'EDUCATION' } });
    expect(await screen.findByText('1 protocole')).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Protocole de signalement intersectoriel' })).toBeNull();
    expect(screen.getByRole('link', { name: 'Protocole d’accompagnement scolaire' })).toBeInTheDocument();
  });

  it('searches by title, and says when nothing matches; no « new » link without an officer seat', async () => {
    const mocks = [
      seats([{ id: 't-mtl', name: 'Table régionale de Montréal', role: 'MEMBER' }]),
      listed({}, [protocolSummary()]),
      listed({ search: 'fugue' }, []),
    ];
    renderWithProviders(<ProtocolsPage />, { ...route, mocks });
    await screen.findByRole('link', { name: 'Protocole de signalement intersectoriel' });
    fireEvent.change(screen.getByRole('searchbox', { name: 'Rechercher par titre' }), { target: { value: 'fugue' } });
    expect(await screen.findByText('Aucun protocole ne correspond à ces critères')).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Nouveau protocole' })).toBeNull();
  });
});
