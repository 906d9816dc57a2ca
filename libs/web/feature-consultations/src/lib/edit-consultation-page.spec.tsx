import { describe, expect, it } from 'vitest';
import { fireEvent, screen, within } from '@testing-library/react';
import { ConsultationAudienceDocument, ConsultationDocument, UpdateConsultationDocument, type ConsultationAudienceTable } from '@concertation/web-data-access';
import { renderWithProviders, viewer } from '@concertation/web-testing';
import { consultation, provincial, question, regionalA } from '../testing/consultation-fixtures';
import { EditConsultationPage } from './edit-consultation-page';

const route = { route: '/consultations/consultation-1/edit', path: '/consultations/:id/edit' };
const zone = [{ __typename: 'Region' as const, id: 'region-qc', timeZone: 'America/Toronto' }];
const audience: ConsultationAudienceTable = {
  __typename: 'RoundTable',
  id: 'table-prov',
  name: 'Table provinciale fictive',
  level: 'PROVINCIAL',
  viewerRole: 'CHAIR',
  archivedAt: null,
  regions: zone,
  children: [{ __typename: 'RoundTable', id: 'table-reg-a', name: 'Table régionale fictive A', level: 'REGIONAL', archivedAt: null, children: [] }],
};
const draft = consultation({
  status: 'DRAFT',
  opensAt: null,
  // 2099-03-15 17:00 in Toronto (EDT).
  closesAt: '2099-03-15T21:00:00.000Z',
  table: { ...provincial, viewerRole: 'CHAIR', regions: zone },
  audienceTables: [regionalA],
  questions: [question('q-1', 1, 'SINGLE_CHOICE', 'Appliquez-vous le protocole fictif ?', ['Oui', 'Non'], true)],
  invitedOrganizations: [],
  respondedOrganizations: [],
});
const read = (data = draft) => ({ request: { query: ConsultationDocument, variables: { id: 'consultation-1' } }, result: { data: { consultation: data } } });
const audienceQuery = { request: { query: ConsultationAudienceDocument, variables: { id: 'table-prov' } }, result: { data: { table: audience } } };
const group = (name: string) => screen.getByRole('group', { name });

describe('editing a draft consultation', () => {
  it('opens the builder on the draft’s own values and saves the changes', async () => {
    const saved = { ...draft, title: 'Consultation fictive révisée' };
    const update = {
      request: {
        query: UpdateConsultationDocument,
        variables: {
          id: 'consultation-1',
          input: {
            title: 'Consultation fictive révisée',
            description: draft.description,
            closesAt: '2099-03-15T21:00:00.000Z',
            audienceTableIds: ['table-reg-a'],
            questions: [{ kind: 'SINGLE_CHOICE', prompt: 'Appliquez-vous le protocole fictif ?', required: true, options: ['Oui', 'Non', 'En partie'] }],
          },
        },
      },
      result: { data: { updateConsultation: saved } },
    };
    renderWithProviders(<EditConsultationPage />, { ...route, mocks: [read(), audienceQuery, update], me: viewer({ id: 'user-chair' }) });
    expect(await screen.findByRole('heading', { level: 1, name: 'Modifier la consultation' })).toBeInTheDocument();

    const title = screen.getByRole('textbox', { name: 'Titre de la consultation' }) as HTMLInputElement;
    expect(title.value).toBe(draft.title);
    expect((screen.getByLabelText('Date de clôture', { exact: false }) as HTMLInputElement).value).toBe('2099-03-15');
    expect((screen.getByLabelText('Heure de clôture', { exact: false }) as HTMLInputElement).value).toBe('17:00');
    expect((screen.getByRole('checkbox', { name: /Table régionale fictive A/ }) as HTMLInputElement).checked).toBe(true);
    const prompt = within(group('Question 1')).getByRole('textbox', { name: 'Énoncé' }) as HTMLTextAreaElement;
    expect(prompt.value).toBe('Appliquez-vous le protocole fictif ?');

    fireEvent.change(title, { target: { value: 'Consultation fictive révisée' } });
    fireEvent.click(within(group('Question 1')).getByRole('button', { name: /Ajouter une option/ }));
    const options = within(group('Question 1')).getAllByRole('textbox', { name: /^Option \d$/ });
    fireEvent.change(options[2], { target: { value: 'En partie' } });
    fireEvent.click(screen.getByRole('button', { name: 'Enregistrer les modifications' }));

    expect((await screen.findByTestId('location')).textContent).toBe('/consultations/consultation-1');
  });

  it('clears a field’s message as soon as it is changed', async () => {
    renderWithProviders(<EditConsultationPage />, { ...route, mocks: [read(), audienceQuery], me: viewer({ id: 'user-chair' }) });
    const title = (await screen.findByRole('textbox', { name: 'Titre de la consultation' })) as HTMLInputElement;
    fireEvent.change(title, { target: { value: ' ' } });
    const option = within(group('Question 1')).getAllByRole('textbox', { name: /^Option \d$/ })[1];
    fireEvent.change(option, { target: { value: 'Oui' } });
    fireEvent.click(screen.getByRole('button', { name: 'Enregistrer les modifications' }));
    expect(await screen.findByText('Ce champ est obligatoire.')).toBeInTheDocument();
    expect(within(group('Question 1')).getByText('Les options doivent être différentes les unes des autres.')).toBeInTheDocument();

    fireEvent.change(title, { target: { value: 'Titre fictif' } });
    expect(screen.queryByText('Ce champ est obligatoire.')).toBeNull();
    expect(title.getAttribute('aria-invalid')).not.toBe('true');
    fireEvent.change(option, { target: { value: 'Peut-être' } });
    expect(within(group('Question 1')).queryByText('Les options doivent être différentes les unes des autres.')).toBeNull();
  });

  it('says an opened consultation can no longer change, and offers no form', async () => {
    renderWithProviders(<EditConsultationPage />, { ...route, mocks: [read({ ...draft, status: 'OPEN' }), audienceQuery], me: viewer({ id: 'user-chair' }) });
    expect(await screen.findByText('Cette consultation est ouverte : son questionnaire ne peut plus changer.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Enregistrer les modifications' })).toBeNull();
  });
});
