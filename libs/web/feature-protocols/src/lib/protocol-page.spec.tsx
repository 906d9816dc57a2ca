import { afterEach, describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import {
  MyParticipationsDocument,
  ProtocolDocument,
  PublishProtocolVersionDocument,
  RecordAdoptionDocument,
  TableDecisionsDocument,
} from '@concertation/web-data-access';
import { renderWithProviders, viewer } from '@concertation/web-testing';
import { lavalTable, participations, protocolDetail, version2 } from '../testing/protocol-fixtures';
import { ProtocolPage } from './protocol-page';

const route = { route: '/protocols/protocol-1', path: '/protocols/:id', me: viewer() };
const seats = (list: Parameters<typeof participations>[0]) => ({ request: { query: MyParticipationsDocument }, result: { data: participations(list) } });
const loaded = (protocol: ReturnType<typeof protocolDetail>) => ({
  request: { query: ProtocolDocument, variables: { id: 'protocol-1' } },
  result: { data: { protocol } },
});
const asOwnerChair = protocolDetail({ ownerTable: { ...protocolDetail().ownerTable, viewerRole: 'CHAIR' } });

describe('a protocol page', () => {
  afterEach(() => localStorage.clear());

  it('shows the text in force, its versions, the adoption per table and the map', async () => {
    renderWithProviders(<ProtocolPage />, { ...route, mocks: [loaded(protocolDetail()), seats([])] });
    expect(await screen.findByRole('heading', { level: 1, name: 'Protocole de signalement intersectoriel' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 3, name: 'Texte de la version 2' })).toBeInTheDocument();
    expect(screen.getByText('Note de changement : Délai raccourci et ajout de la DPJ.')).toBeInTheDocument();
    // The text is formatted: its « # » heading sits under the h3, and no Markdown mark shows.
    const text = screen.getByRole('region', { name: 'Texte de la version 2' });
    expect(within(text).getByRole('heading', { level: 4, name: 'Signalement' })).toBeInTheDocument();
    expect(text.textContent).toContain('Aviser la police dans les 12 heures.');
    expect(text.textContent).not.toContain('#');

    const adoptions = screen.getByRole('table', { name: 'Adoption du protocole par table' });
    const laval = within(adoptions).getByRole('row', { name: /Table régionale de Laval/ });
    expect(within(laval).getByText('Version dépassée')).toBeInTheDocument();
    const montreal = within(adoptions).getByRole('row', { name: /Table régionale de Montréal/ });
    expect(within(montreal).getByText('À jour')).toBeInTheDocument();
    expect(within(montreal).getByRole('link', { name: 'Décision de la rencontre « Rencontre de novembre »' }).getAttribute('href')).toBe('/meetings/meeting-9');

    expect(screen.getByRole('button', { name: 'Montréal : À jour, version 2 adoptée' })).toBeInTheDocument();
    expect(screen.getByRole('table', { name: 'Adoption par région' })).toBeInTheDocument();
    expect(screen.getByText('2 régions sur 17 ont adopté le protocole')).toBeInTheDocument();
    // Neither an officer of the owner table nor of any table: nothing to publish or record.
    expect(screen.queryByRole('button', { name: 'Publier une nouvelle version' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Consigner l’adoption' })).toBeNull();
  });

  it('says so when the protocol does not exist', async () => {
    const missing = { request: { query: ProtocolDocument, variables: { id: 'protocol-1' } }, result: { data: { protocol: null } } };
    renderWithProviders(<ProtocolPage />, { ...route, mocks: [missing] });
    expect(await screen.findByRole('heading', { level: 1, name: 'Protocole introuvable' })).toBeInTheDocument();
  });

  it('lets an officer of the owner table publish a new version, after confirming', async () => {
    const version3 = {
      ...version2,
      id: 'pv-3',
      number: 3,
      publishedAt: '2027-01-10T14:00:00.000Z',
      changeNote: 'Ajout du CAVAC.',
      body: `${version2.body}Orienter vers le CAVAC.\n`,
    };
    const after = protocolDetail({
      ownerTable: asOwnerChair.ownerTable,
      versions: [version3, ...asOwnerChair.versions],
      currentVersion: { __typename: 'ProtocolVersion', id: 'pv-3', number: 3, publishedAt: version3.publishedAt, changeNote: version3.changeNote },
      coverage: { ...asOwnerChair.coverage, outdatedCount: 2 },
    });
    const mocks = [
      loaded(asOwnerChair),
      seats([{ id: 't-qc', name: 'Table provinciale du Québec', role: 'CHAIR' }]),
      {
        request: { query: PublishProtocolVersionDocument, variables: { protocolId: 'protocol-1', body: version3.body, changeNote: 'Ajout du CAVAC.' } },
        result: { data: { publishProtocolVersion: version3 } },
      },
      loaded(after),
    ];
    renderWithProviders(<ProtocolPage />, { ...route, mocks });

    const open = await screen.findByRole('button', { name: 'Publier une nouvelle version' });
    fireEvent.click(open);
    expect(open.getAttribute('aria-expanded')).toBe('true');
    const body = screen.getByLabelText('Texte de la nouvelle version') as HTMLTextAreaElement;
    expect(body.value).toBe(version2.body);
    // The « Aperçu » tab shows the text formatted, the field kept aside.
    const preview = screen.getByRole('tab', { name: 'Aperçu' });
    fireEvent.click(preview);
    expect(within(screen.getByRole('tabpanel', { name: 'Aperçu' })).getByRole('heading', { level: 3, name: 'Signalement' })).toBeInTheDocument();
    expect(body).not.toBeVisible();
    // A refused text brings the field back into view, with its error.
    fireEvent.click(screen.getByRole('button', { name: 'Publier la version' }));
    expect(screen.getByText('Ce texte est identique à la version en vigueur : modifiez-le avant de publier.')).toBeInTheDocument();
    expect(body).toBeVisible();
    expect(screen.getByRole('tab', { name: 'Écrire' })).toHaveAttribute('aria-selected', 'true');
    expect(screen.queryByRole('alertdialog')).toBeNull();

    fireEvent.change(body, { target: { value: version3.body } });
    fireEvent.change(screen.getByLabelText('Note de changement (facultative)'), { target: { value: 'Ajout du CAVAC.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Publier la version' }));
    const dialog = screen.getByRole('alertdialog', { name: 'Publier la version 3 ?' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Publier' }));

    expect(await screen.findByText('La version 3 a été publiée.')).toBeInTheDocument();
    expect(await screen.findByRole('heading', { level: 3, name: 'Texte de la version 3' })).toBeInTheDocument();
    expect(screen.queryByLabelText('Texte de la nouvelle version')).toBeNull();
    // Montréal's version 2 is now behind.
    expect(screen.getByRole('table', { name: 'Adoption du protocole par table' }).textContent).not.toContain('À jour');
  });

  it('lets an officer record the adoption of their table, tied to one of its decisions', async () => {
    let sent: unknown = null;
    const decisions = {
      request: { query: TableDecisionsDocument, variables: { tableId: 't-lav' } },
      result: {
        data: {
          table: {
            __typename: 'RoundTable',
            id: 't-lav',
            meetings: [
              {
                __typename: 'Meeting',
                id: 'meeting-lav',
                title: 'Rencontre de décembre',
                startsAt: '2026-12-02T14:00:00.000Z',
                decisions: [
                  {
                    __typename: 'Decision',
                    id: 'decision-lav',
                    text: 'La table adopte la version 2.',
                    outcome: 'ADOPTED',
                    recordedAt: '2026-12-02T15:00:00.000Z',
                  },
                ],
              },
            ],
          },
        },
      },
    };
    const updated = protocolDetail();
    const adoption = {
      ...updated.adoptions[0],
      note: 'Formation prévue en janvier.',
      version: { __typename: 'ProtocolVersion' as const, id: 'pv-2', number: 2 },
      decision: {
        __typename: 'Decision' as const,
        id: 'decision-lav',
        text: 'La table adopte la version 2.',
        outcome: 'ADOPTED' as const,
        meeting: { __typename: 'Meeting' as const, id: 'meeting-lav', title: 'Rencontre de décembre' },
      },
    };
    const recorded = {
      request: {
        query: RecordAdoptionDocument,
        variables: (variables: Record<string, unknown>) => {
          sent = variables;
          return true;
        },
      },
      result: {
        data: {
          recordAdoption: {
            ...adoption,
            protocol: {
              ...updated,
              adoptions: [adoption, updated.adoptions[1]],
              coverage: {
                ...updated.coverage,
                outdatedCount: 0,
                regions: updated.coverage.regions.map((region) => (region.region.code === 'QC-13' ? { ...region, adoptedVersion: 2 } : region)),
              },
            },
          },
        },
      },
    };
    const mocks = [loaded(protocolDetail()), seats([{ id: 't-lav', name: lavalTable.name, role: 'SECRETARY' }]), decisions, recorded];
    renderWithProviders(<ProtocolPage />, { ...route, mocks });

    fireEvent.click(await screen.findByRole('button', { name: 'Consigner l’adoption' }));
    const form = screen.getByRole('form', { name: 'Consigner l’adoption' });
    // The table's current record fills the form in.
    expect((within(form).getByLabelText('Table') as HTMLSelectElement).value).toBe('t-lav');
    expect((within(form).getByLabelText('Statut d’adoption') as HTMLSelectElement).value).toBe('ADOPTED');
    expect((within(form).getByLabelText('Version adoptée') as HTMLSelectElement).value).toBe('pv-1');

    fireEvent.change(within(form).getByLabelText('Version adoptée'), { target: { value: 'pv-2' } });
    await within(form).findByRole('option', { name: 'La table adopte la version 2.' });
    fireEvent.change(within(form).getByLabelText('Décision d’adoption (facultative)'), { target: { value: 'decision-lav' } });
    fireEvent.change(within(form).getByLabelText('Note (facultative)'), { target: { value: 'Formation prévue en janvier.' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Enregistrer l’adoption' }));

    expect(await screen.findByText('Adoption consignée pour Table régionale de Laval : Adopté.')).toBeInTheDocument();
    expect(sent).toEqual({
      input: {
        protocolId: 'protocol-1',
        tableId: 't-lav',
        status: 'ADOPTED',
        versionId: 'pv-2',
        decisionId: 'decision-lav',
        note: 'Formation prévue en janvier.',
      },
    });
    await waitFor(() => expect(screen.getByRole('button', { name: 'Laval : À jour, version 2 adoptée' })).toBeInTheDocument());
    const row = within(screen.getByRole('table', { name: 'Adoption du protocole par table' })).getByRole('row', { name: /Table régionale de Laval/ });
    expect(within(row).getByRole('link', { name: 'Décision de la rencontre « Rencontre de décembre »' })).toBeInTheDocument();
  });

  it('asks for the table and the status before recording', async () => {
    const mocks = [
      loaded(protocolDetail({ adoptions: [] })),
      seats([
        { id: 't-lav', name: lavalTable.name, role: 'SECRETARY' },
        { id: 't-mtl', name: 'Table régionale de Montréal', role: 'CHAIR' },
      ]),
    ];
    renderWithProviders(<ProtocolPage />, { ...route, mocks });
    fireEvent.click(await screen.findByRole('button', { name: 'Consigner l’adoption' }));
    const form = screen.getByRole('form', { name: 'Consigner l’adoption' });
    fireEvent.click(within(form).getByRole('button', { name: 'Enregistrer l’adoption' }));
    expect(within(form).getAllByText('Faites un choix dans la liste.')).toHaveLength(2);
    await waitFor(() => expect(document.activeElement).toBe(within(form).getByLabelText('Table')));
    expect((within(form).getByLabelText('Décision d’adoption (facultative)') as HTMLSelectElement).disabled).toBe(true);
  });
});
