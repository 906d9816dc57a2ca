import { afterEach, describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import {
  ConsultationDocument,
  ConsultationProgressDocument,
  OpenConsultationDocument,
  SubmitConsultationResponseDocument,
  type ConsultationDetail,
} from '@concertation/web-data-access';
import { renderWithProviders, viewer } from '@concertation/web-testing';
import { consultation, orgs, provincial, response, results } from '../testing/consultation-fixtures';
import { draftKey } from './answers';
import { ConsultationPage } from './consultation-page';

const route = { route: '/consultations/consultation-1', path: '/consultations/:id' };
const query = (data: ConsultationDetail) => ({
  request: { query: ConsultationDocument, variables: { id: 'consultation-1' } },
  result: { data: { consultation: data } },
});
const noEvents = { request: { query: ConsultationProgressDocument, variables: { consultationId: 'consultation-1' } }, delay: Number.POSITIVE_INFINITY };
const refugeUser = viewer({ id: 'user-1', organization: orgs.refuge });
const officer = { ...provincial, viewerRole: 'CHAIR' as const, regions: [{ __typename: 'Region' as const, id: 'region-qc', timeZone: 'America/Toronto' }] };

const PROTOCOL = '1. Votre organisation applique-t-elle le protocole fictif ? (obligatoire)';
const TRUST = '3. Confiance envers la collaboration régionale (obligatoire)';
const SUBMIT = 'Soumettre la réponse de Refuge fictif des Laurentides';

describe('the consultation page', () => {
  afterEach(() => localStorage.clear());

  it('keeps a draft of the organization’s answer in this browser and restores it on return', async () => {
    const first = renderWithProviders(<ConsultationPage />, { ...route, mocks: [query(consultation()), noEvents], me: refugeUser });
    const form = await screen.findByRole('region', { name: 'Réponse de Refuge fictif des Laurentides' });
    expect(within(form).getByText('Votre organisation n’a pas encore répondu.')).toBeInTheDocument();
    // The closing's zone is named as people say it, never by its IANA id.
    expect(screen.getAllByText(/^Clôture : .*\(heure [^)]+\)$/).length).toBeGreaterThan(0);
    expect(screen.queryByText(/America\/|Europe\/|\bUTC\b/)).toBeNull();
    fireEvent.click(within(form).getByRole('radio', { name: 'En partie' }));
    fireEvent.click(within(form).getByRole('checkbox', { name: 'Hébergement' }));
    fireEvent.click(within(form).getByRole('button', { name: 'Enregistrer le brouillon' }));
    expect(await within(form).findByText(/^Brouillon enregistré à /)).toBeInTheDocument();
    expect(JSON.parse(localStorage.getItem(draftKey('consultation-1', 'org-refuge')) ?? '{}').values['q-protocol'].choices).toEqual(['En partie']);
    first.unmount();

    renderWithProviders(<ConsultationPage />, { ...route, mocks: [query(consultation()), noEvents], me: refugeUser });
    const again = await screen.findByRole('region', { name: 'Réponse de Refuge fictif des Laurentides' });
    expect(within(again).getByText(/^Brouillon du .* restauré : il n’est pas encore soumis\.$/)).toBeInTheDocument();
    expect((within(again).getByRole('radio', { name: 'En partie' }) as HTMLInputElement).checked).toBe(true);
    expect((within(again).getByRole('checkbox', { name: 'Hébergement' }) as HTMLInputElement).checked).toBe(true);
    expect((within(again).getByRole('radio', { name: 'Oui' }) as HTMLInputElement).checked).toBe(false);
  });

  it('asks for the required questions before submitting, and moves the focus to the first one', async () => {
    renderWithProviders(<ConsultationPage />, { ...route, mocks: [query(consultation()), noEvents], me: refugeUser });
    const form = await screen.findByRole('region', { name: 'Réponse de Refuge fictif des Laurentides' });
    fireEvent.click(within(form).getByRole('checkbox', { name: 'Formation' }));
    fireEvent.click(within(form).getByRole('button', { name: SUBMIT }));

    expect(await within(form).findByText('2 questions demandent votre attention.')).toBeInTheDocument();
    const protocol = within(form).getByRole('group', { name: PROTOCOL });
    expect(within(protocol).getByText('Cette question demande une réponse.')).toBeInTheDocument();
    expect(within(within(form).getByRole('group', { name: TRUST })).getByText('Cette question demande une réponse.')).toBeInTheDocument();
    expect(document.activeElement).toBe(within(protocol).getByRole('radio', { name: 'Oui' }));
    // Answering a question clears its message.
    fireEvent.click(within(protocol).getByRole('radio', { name: 'Non' }));
    expect(within(protocol).queryByText('Cette question demande une réponse.')).toBeNull();
  });

  it('starts from the answer already submitted and replaces it; the progress counts the organization', async () => {
    const earlier = consultation({ viewerResponse: response() });
    const submitted = response({
      submittedAt: '2027-03-03T18:30:00.000Z',
      answers: [
        { __typename: 'Answer', question: { __typename: 'Question', id: 'q-protocol' }, choices: ['Oui'], scale: null, text: null },
        { __typename: 'Answer', question: { __typename: 'Question', id: 'q-trust' }, choices: [], scale: 4, text: null },
        { __typename: 'Answer', question: { __typename: 'Question', id: 'q-comment' }, choices: [], scale: null, text: 'Merci pour la démarche.' },
      ],
    });
    const submit = {
      request: {
        query: SubmitConsultationResponseDocument,
        variables: {
          consultationId: 'consultation-1',
          organizationId: 'org-refuge',
          answers: [
            { questionId: 'q-protocol', choices: ['Oui'] },
            { questionId: 'q-trust', scale: 4 },
            { questionId: 'q-comment', text: 'Merci pour la démarche.' },
          ],
        },
      },
      result: { data: { submitConsultationResponse: submitted } },
    };
    // A draft of an earlier visit is forgotten once the answer is submitted.
    localStorage.setItem(draftKey('consultation-1', 'org-refuge'), JSON.stringify({ savedAt: '2027-03-02T16:00:00.000Z', values: {} }));
    renderWithProviders(<ConsultationPage />, { ...route, mocks: [query(earlier), noEvents, submit], me: refugeUser });

    const form = await screen.findByRole('region', { name: 'Réponse de Refuge fictif des Laurentides' });
    fireEvent.click(within(form).getByRole('button', { name: 'Abandonner le brouillon' }));
    expect(await within(form).findByText('Brouillon abandonné.')).toBeInTheDocument();
    expect(within(form).getByText(/^Réponse actuelle soumise le .* par Camille Tremblay\.$/)).toBeInTheDocument();
    expect((within(form).getByRole('radio', { name: 'Non' }) as HTMLInputElement).checked).toBe(true);
    expect((within(form).getByRole('radio', { name: '2 sur 5' }) as HTMLInputElement).checked).toBe(true);
    expect(screen.getByText('1 organisation sur 3 a répondu')).toBeInTheDocument();

    localStorage.setItem(draftKey('consultation-1', 'org-refuge'), JSON.stringify({ savedAt: '2027-03-02T16:00:00.000Z', values: {} }));
    fireEvent.click(within(form).getByRole('radio', { name: 'Oui' }));
    fireEvent.click(within(form).getByRole('radio', { name: '4 sur 5' }));
    fireEvent.change(within(form).getByRole('textbox', { name: '4. Commentaires pour la table provinciale' }), {
      target: { value: 'Merci pour la démarche.' },
    });
    fireEvent.click(within(form).getByRole('button', { name: SUBMIT }));

    expect(await within(form).findByText('Réponse de Refuge fictif des Laurentides soumise à 13 h 30.')).toBeInTheDocument();
    expect(localStorage.getItem(draftKey('consultation-1', 'org-refuge'))).toBeNull();
    expect(await screen.findByText('2 organisations sur 3 ont répondu')).toBeInTheDocument();
    expect(within(form).getByText(/^Réponse actuelle soumise le 3 mars 2027.* par Camille Tremblay\.$/)).toBeInTheDocument();
  });

  it('shows who has answered as it happens, and says it politely', async () => {
    const open = consultation({ table: officer });
    const event = {
      request: { query: ConsultationProgressDocument, variables: { consultationId: 'consultation-1' } },
      delay: 50,
      result: {
        data: {
          consultationProgress: {
            __typename: 'ConsultationProgress',
            invitedCount: 3,
            responseCount: 2,
            consultation: { ...open, respondedOrganizations: [orgs.police, orgs.jeunesse] },
          },
        },
      },
    };
    renderWithProviders(<ConsultationPage />, { ...route, mocks: [query(open), event], me: viewer({ id: 'user-chair' }) });

    const progress = await screen.findByRole('region', { name: 'Avancement' });
    expect(within(progress).getByText('1 organisation sur 3 a répondu')).toBeInTheDocument();
    const row = (name: string) => within(progress).getByRole('rowheader', { name }).closest('tr') as HTMLElement;
    expect(within(row('Service jeunesse imaginaire')).getByText('Pas encore')).toBeInTheDocument();
    expect(within(row('Police municipale fictive')).getByText('A répondu')).toBeInTheDocument();

    expect(await within(progress).findByText('2 organisations sur 3 ont répondu')).toBeInTheDocument();
    expect(within(row('Service jeunesse imaginaire')).getByText('A répondu')).toBeInTheDocument();
    expect(within(row('Refuge fictif des Laurentides (RFL)')).getByText('Pas encore')).toBeInTheDocument();
    const status = within(progress).getByText(/a répondu\./);
    expect(status.textContent).toBe('Service jeunesse imaginaire a répondu. 2 organisations sur 3 ont répondu.');
    expect(status.getAttribute('aria-live')).toBe('polite');
    // An officer of the running table does not answer: the questions are listed.
    expect(screen.queryByRole('button', { name: SUBMIT })).toBeNull();
    expect(screen.getByRole('region', { name: 'Questionnaire' })).toBeInTheDocument();
  });

  it('lets an officer open a draft after confirming that notifications go out', async () => {
    const draft = consultation({ status: 'DRAFT', opensAt: null, respondedOrganizations: [], table: officer });
    const opened = { ...draft, status: 'OPEN' as const, opensAt: '2027-03-01T14:00:00.000Z' };
    const mocks = [
      query(draft),
      noEvents,
      { request: { query: OpenConsultationDocument, variables: { id: 'consultation-1' } }, result: { data: { openConsultation: opened } } },
      noEvents,
    ];
    renderWithProviders(<ConsultationPage />, { ...route, mocks, me: viewer({ id: 'user-chair' }) });

    fireEvent.click(await screen.findByRole('button', { name: 'Ouvrir la consultation' }));
    // While a draft, its questionnaire can still be edited.
    expect(screen.getByRole('link', { name: 'Modifier le questionnaire' }).getAttribute('href')).toBe('/consultations/consultation-1/edit');
    const dialog = screen.getByRole('alertdialog', { name: 'Ouvrir la consultation ?' });
    expect(within(dialog).getByText(/recevront une notification/)).toBeInTheDocument();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Ouvrir et aviser' }));

    expect(await screen.findByText('Consultation ouverte : les organisations invitées ont été avisées.')).toBeInTheDocument();
    expect(await screen.findByRole('button', { name: 'Clore la consultation' })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Modifier le questionnaire' })).toBeNull();
    expect(screen.getByText('Ouverte')).toBeInTheDocument();
  });

  it('after closing, shows the organization’s final answer and the results, each chart with a table of the same numbers', async () => {
    const closed = consultation({ status: 'CLOSED', viewerResponse: response(), respondedOrganizations: [orgs.police, orgs.refuge], results });
    renderWithProviders(<ConsultationPage />, { ...route, mocks: [query(closed)], me: refugeUser });

    const answer = await screen.findByRole('region', { name: 'Réponse de Refuge fictif des Laurentides' });
    expect((within(answer).getByRole('radio', { name: 'Non' }) as HTMLInputElement).checked).toBe(true);
    expect((within(answer).getByRole('radio', { name: 'Non' }) as HTMLInputElement).disabled).toBe(true);
    expect(screen.queryByRole('button', { name: SUBMIT })).toBeNull();

    const resultsRegion = screen.getByRole('region', { name: 'Résultats' });
    expect(within(resultsRegion).getByText('2 réponses sur 3 organisations invitées.')).toBeInTheDocument();
    const cells = (caption: string) =>
      within(within(resultsRegion).getByRole('table', { name: caption }))
        .getAllByRole('row')
        .slice(1)
        .map((row) => Array.from(row.querySelectorAll('th, td'), (cell) => cell.textContent));
    expect(cells('Votre organisation applique-t-elle le protocole fictif ?')).toEqual([
      ['Oui', '1'],
      ['Non', '0'],
      ['En partie', '1'],
    ]);
    expect(cells('Quels besoins prioriser ?')).toEqual([
      ['Formation', '2'],
      ['Hébergement', '1'],
      ['Transport', '0'],
    ]);
    expect(cells('Confiance envers la collaboration régionale')).toEqual([['Moyenne (de 1 à 5)', '3,5']]);
    expect(within(resultsRegion).getByRole('img', { name: 'Graphique : Formation : 2, Hébergement : 1, Transport : 0.' })).toBeInTheDocument();
    expect(within(resultsRegion).getByRole('img', { name: 'Graphique : moyenne 3,5 sur 5.' })).toBeInTheDocument();
    expect(within(resultsRegion).getByText('Prévoir une formation commune, « sans frais ».')).toBeInTheDocument();
    expect(within(resultsRegion).getByRole('button', { name: 'Télécharger les résultats (CSV)' })).toBeInTheDocument();
    await waitFor(() => expect(screen.getByText(/^Close le /)).toBeInTheDocument());
  });
});
