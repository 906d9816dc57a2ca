import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { ConsultationAudienceDocument, CreateConsultationDocument, type ConsultationAudienceTable } from '@concertation/web-data-access';
import { renderWithProviders, viewer } from '@concertation/web-testing';
import { consultation } from '../testing/consultation-fixtures';
import { ConsultationBuilderPage } from './consultation-builder-page';
import { wallTimeToInstant } from '@concertation/shared-domain';

const route = { route: '/tables/table-prov/consultations/new', path: '/tables/:id/consultations/new' };
const child = (id: string, name: string, level: 'REGIONAL' | 'PROVINCIAL', children: ConsultationAudienceTable['children'][number]['children'] = []) => ({
  __typename: 'RoundTable' as const,
  id,
  name,
  level,
  archivedAt: null,
  children,
});
const audience: ConsultationAudienceTable = {
  __typename: 'RoundTable',
  id: 'table-prov',
  name: 'Table provinciale fictive',
  level: 'PROVINCIAL',
  viewerRole: 'CHAIR',
  archivedAt: null,
  regions: [{ __typename: 'Region', id: 'region-qc', timeZone: 'America/Toronto' }],
  children: [
    { ...child('table-reg-a', 'Table régionale fictive A', 'REGIONAL'), children: [] },
    { ...child('table-reg-b', 'Table régionale fictive B', 'REGIONAL'), children: [] },
    { ...child('table-reg-old', 'Table régionale archivée', 'REGIONAL'), archivedAt: '2026-01-01T00:00:00.000Z' },
  ],
};
const audienceQuery = { request: { query: ConsultationAudienceDocument, variables: { id: 'table-prov' } }, result: { data: { table: audience } } };

const group = (name: string) => screen.getByRole('group', { name });
const prompt = (question: string) => within(group(question)).getByRole('textbox', { name: 'Énoncé' }) as HTMLTextAreaElement;

async function addQuestion(kind: string) {
  fireEvent.change(screen.getByRole('combobox', { name: 'Type de la nouvelle question' }), { target: { value: kind } });
  fireEvent.click(screen.getByRole('button', { name: 'Ajouter la question' }));
}

describe('the consultation builder', () => {
  it('adds, reorders and removes questions with the keyboard in mind, and previews them', async () => {
    renderWithProviders(<ConsultationBuilderPage />, { ...route, mocks: [audienceQuery], me: viewer({ id: 'user-chair' }) });
    expect(await screen.findByRole('heading', { level: 1, name: 'Nouvelle consultation' })).toBeInTheDocument();
    expect(screen.getByText('Aucune question pour le moment. Choisissez un type, puis ajoutez la question.')).toBeInTheDocument();

    await addQuestion('SINGLE_CHOICE');
    await waitFor(() => expect(document.activeElement).toBe(prompt('Question 1')));
    fireEvent.change(prompt('Question 1'), { target: { value: 'Appliquez-vous le protocole ?' } });
    await addQuestion('TEXT');
    await waitFor(() => expect(document.activeElement).toBe(prompt('Question 2')));
    fireEvent.change(prompt('Question 2'), { target: { value: 'Vos commentaires' } });
    expect(within(group('Question 2')).queryByRole('group', { name: 'Options' })).toBeNull();
    expect(within(group('Question 1')).getAllByRole('textbox', { name: /^Option \d$/ })).toHaveLength(2);

    // Moving up: announced, and the focus stays on the moved question (« Monter » is now disabled at the top).
    fireEvent.click(screen.getByRole('button', { name: 'Monter la question 2' }));
    expect(await screen.findByText('Question déplacée en position 1 sur 2.')).toBeInTheDocument();
    expect(prompt('Question 1').value).toBe('Vos commentaires');
    expect(prompt('Question 2').value).toBe('Appliquez-vous le protocole ?');
    expect((screen.getByRole('button', { name: 'Monter la question 1' }) as HTMLButtonElement).disabled).toBe(true);
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Descendre la question 1' })));

    // Removing can be undone.
    fireEvent.click(screen.getByRole('button', { name: 'Supprimer la question 1' }));
    const undo = await screen.findByRole('button', { name: 'Annuler la suppression' });
    expect(screen.getAllByText('Question « Vos commentaires » supprimée.').length).toBeGreaterThan(0);
    expect(screen.queryByRole('group', { name: 'Question 2' })).toBeNull();
    await waitFor(() => expect(document.activeElement).toBe(undo));
    fireEvent.click(undo);
    await waitFor(() => expect(prompt('Question 1').value).toBe('Vos commentaires'));
    expect(screen.queryByRole('button', { name: 'Annuler la suppression' })).toBeNull();

    // The preview shows the response form, inactive.
    within(group('Question 2'))
      .getAllByRole('textbox', { name: /^Option \d$/ })
      .forEach((field, index) => fireEvent.change(field, { target: { value: ['Oui', 'Non'][index] } }));
    fireEvent.click(screen.getByRole('button', { name: 'Aperçu' }));
    const preview = await screen.findByRole('region', { name: 'Aperçu du questionnaire' });
    expect(within(preview).getByRole('textbox', { name: '1. Vos commentaires' })).toHaveProperty('disabled', true);
    const radios = within(within(preview).getByRole('group', { name: '2. Appliquez-vous le protocole ?' })).getAllByRole('radio');
    expect(radios.map((radio) => (radio as HTMLInputElement).value)).toEqual(['Oui', 'Non']);
    expect(radios.every((radio) => (radio as HTMLInputElement).disabled)).toBe(true);
    expect(screen.getByRole('button', { name: 'Masquer l’aperçu' }).getAttribute('aria-expanded')).toBe('true');
  });

  it('says what is wrong, field by field, before creating anything', async () => {
    renderWithProviders(<ConsultationBuilderPage />, { ...route, mocks: [audienceQuery], me: viewer({ id: 'user-chair' }) });
    fireEvent.click(await screen.findByRole('button', { name: 'Créer la consultation' }));

    const title = await screen.findByRole('textbox', { name: 'Titre de la consultation' });
    await waitFor(() => expect(title.getAttribute('aria-invalid')).toBe('true'));
    expect(document.activeElement).toBe(title);
    expect(screen.getByText('Choisissez au moins une table.')).toBeInTheDocument();
    expect(screen.getByText('Ajoutez au moins une question.')).toBeInTheDocument();

    fireEvent.change(screen.getByLabelText('Date de clôture'), { target: { value: '2020-01-01' } });
    await addQuestion('MULTIPLE_CHOICE');
    const options = within(group('Question 1')).getAllByRole('textbox', { name: /^Option \d$/ });
    fireEvent.change(options[0], { target: { value: 'Formation' } });
    fireEvent.change(options[1], { target: { value: 'Formation' } });
    fireEvent.click(screen.getByRole('button', { name: 'Créer la consultation' }));

    expect(await screen.findByText('La clôture doit être dans le futur.')).toBeInTheDocument();
    expect(within(group('Question 1')).getByText('Les options doivent être différentes les unes des autres.')).toBeInTheDocument();
    expect(prompt('Question 1').getAttribute('aria-invalid')).toBe('true');
    expect(screen.queryByText('Ajoutez au moins une question.')).toBeNull();
  });

  it('creates the consultation with the closing in the table’s zone and opens its page', async () => {
    const closesAt = wallTimeToInstant('2099-03-15', '17:00', 'America/Toronto')?.toISOString();
    const create = {
      request: {
        query: CreateConsultationDocument,
        variables: {
          input: {
            tableId: 'table-prov',
            title: 'Consultation fictive sur le protocole',
            description: null,
            closesAt,
            audienceTableIds: ['table-reg-a', 'table-reg-b'],
            questions: [
              { kind: 'SCALE', prompt: 'Confiance envers la collaboration', required: true },
              { kind: 'SINGLE_CHOICE', prompt: 'Appliquez-vous le protocole ?', required: false, options: ['Oui', 'Non', 'En partie'] },
            ],
          },
        },
      },
      result: { data: { createConsultation: consultation({ id: 'consultation-new', status: 'DRAFT', opensAt: null }) } },
    };
    renderWithProviders(<ConsultationBuilderPage />, { ...route, mocks: [audienceQuery, create], me: viewer({ id: 'user-chair' }) });

    fireEvent.change(await screen.findByRole('textbox', { name: 'Titre de la consultation' }), { target: { value: 'Consultation fictive sur le protocole' } });
    fireEvent.change(screen.getByLabelText('Date de clôture'), { target: { value: '2099-03-15' } });
    fireEvent.change(screen.getByLabelText('Heure de clôture'), { target: { value: '17:00' } });
    expect(screen.getAllByText(/Dans le fuseau de la table : heure (normale|avancée) de l’Est\./)).toHaveLength(2);
    expect(screen.queryByText(/America\/Toronto/)).toBeNull();
    const tables = group('Tables consultées');
    expect(
      within(tables)
        .getAllByRole('checkbox')
        .map((box) => box.parentElement?.textContent),
    ).toEqual(['Table provinciale fictive (cette table)', 'Table régionale fictive A — Régional', 'Table régionale fictive B — Régional']);
    fireEvent.click(within(tables).getByRole('checkbox', { name: 'Table régionale fictive A — Régional' }));
    fireEvent.click(within(tables).getByRole('checkbox', { name: 'Table régionale fictive B — Régional' }));

    await addQuestion('SINGLE_CHOICE');
    fireEvent.change(prompt('Question 1'), { target: { value: 'Appliquez-vous le protocole ?' } });
    fireEvent.click(within(group('Question 1')).getByRole('button', { name: 'Ajouter une option' }));
    within(group('Question 1'))
      .getAllByRole('textbox', { name: /^Option \d$/ })
      .forEach((field, index) => fireEvent.change(field, { target: { value: ['Oui', 'Non', 'En partie'][index] } }));
    await addQuestion('SCALE');
    fireEvent.change(prompt('Question 2'), { target: { value: 'Confiance envers la collaboration' } });
    fireEvent.click(within(group('Question 2')).getByRole('checkbox', { name: 'Réponse obligatoire' }));
    fireEvent.click(screen.getByRole('button', { name: 'Descendre la question 1' }));
    fireEvent.click(screen.getByRole('button', { name: 'Créer la consultation' }));

    await waitFor(() => expect(screen.getByTestId('location').textContent).toBe('/consultations/consultation-new'));
  });

  it('is for the running table’s officers only', async () => {
    renderWithProviders(<ConsultationBuilderPage />, {
      ...route,
      mocks: [{ ...audienceQuery, result: { data: { table: { ...audience, viewerRole: 'MEMBER' as const } } } }],
      me: viewer(),
    });
    expect(await screen.findByText('Seules la présidence et le secrétariat de la table préparent des consultations.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Créer la consultation' })).toBeNull();
  });
});
