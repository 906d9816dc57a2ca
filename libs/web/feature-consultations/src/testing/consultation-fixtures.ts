/** Fictitious consultations for the feature's tests: no real organization or table. */
import type { ConsultationDetail, ConsultationQuestion, ConsultationResponseDetail, TableLevel } from '@concertation/web-data-access';

export const organization = (id: string, name: string, acronym: string | null = null) => ({ __typename: 'Organization' as const, id, name, acronym });

export const orgs = {
  refuge: organization('org-refuge', 'Refuge fictif des Laurentides', 'RFL'),
  jeunesse: organization('org-jeunesse', 'Service jeunesse imaginaire'),
  police: organization('org-police', 'Police municipale fictive'),
};

export const question = (
  id: string,
  position: number,
  kind: ConsultationQuestion['kind'],
  prompt: string,
  options: string[] = [],
  required = false,
): ConsultationQuestion => ({
  __typename: 'Question',
  id,
  kind,
  prompt,
  options,
  position,
  required,
});

export const questions = [
  question('q-protocol', 1, 'SINGLE_CHOICE', 'Votre organisation applique-t-elle le protocole fictif ?', ['Oui', 'Non', 'En partie'], true),
  question('q-needs', 2, 'MULTIPLE_CHOICE', 'Quels besoins prioriser ?', ['Formation', 'Hébergement', 'Transport']),
  question('q-trust', 3, 'SCALE', 'Confiance envers la collaboration régionale', [], true),
  question('q-comment', 4, 'TEXT', 'Commentaires pour la table provinciale'),
];

const table = (id: string, name: string, level: TableLevel, viewerRole: ConsultationDetail['audienceTables'][number]['viewerRole']) => ({
  __typename: 'RoundTable' as const,
  id,
  name,
  level,
  viewerRole,
});

export const provincial = table('table-prov', 'Table provinciale fictive', 'PROVINCIAL', null);
export const regionalA = table('table-reg-a', 'Table régionale fictive A', 'REGIONAL', 'MEMBER');
export const regionalB = table('table-reg-b', 'Table régionale fictive B', 'REGIONAL', null);

export function response(overrides: Partial<ConsultationResponseDetail> = {}): ConsultationResponseDetail {
  return {
    __typename: 'ConsultationResponse',
    id: 'response-1',
    submittedAt: '2027-03-02T15:00:00.000Z',
    submittedBy: { __typename: 'User', id: 'user-1', displayName: 'Camille Tremblay' },
    organization: orgs.refuge,
    answers: [
      { __typename: 'Answer', question: { __typename: 'Question', id: 'q-protocol' }, choices: ['Non'], scale: null, text: null },
      { __typename: 'Answer', question: { __typename: 'Question', id: 'q-trust' }, choices: [], scale: 2, text: null },
    ],
    ...overrides,
  };
}

export function consultation(overrides: Partial<ConsultationDetail> = {}): ConsultationDetail {
  return {
    __typename: 'Consultation',
    id: 'consultation-1',
    title: 'Consultation fictive sur le protocole d’accueil',
    description: 'La table provinciale veut connaître l’avis des organisations avant de décider.',
    status: 'OPEN',
    closesAt: '2099-03-15T21:00:00.000Z',
    opensAt: '2027-03-01T14:00:00.000Z',
    table: { ...provincial, viewerRole: null, regions: [{ __typename: 'Region', id: 'region-qc', timeZone: 'America/Toronto' }] },
    audienceTables: [regionalA, regionalB],
    questions,
    invitedOrganizations: [orgs.jeunesse, orgs.police, orgs.refuge],
    respondedOrganizations: [orgs.police],
    viewerResponse: null,
    results: null,
    ...overrides,
  };
}

/** Results as the API gives them: two organizations out of three answered. */
export const results: NonNullable<ConsultationDetail['results']> = {
  __typename: 'ConsultationResults',
  invitedCount: 3,
  responseCount: 2,
  questions: [
    {
      __typename: 'QuestionResult',
      question: { __typename: 'Question', id: 'q-protocol' },
      optionCounts: [
        { __typename: 'OptionCount', option: 'Oui', count: 1 },
        { __typename: 'OptionCount', option: 'Non', count: 0 },
        { __typename: 'OptionCount', option: 'En partie', count: 1 },
      ],
      averageScale: null,
      texts: [],
    },
    {
      __typename: 'QuestionResult',
      question: { __typename: 'Question', id: 'q-needs' },
      optionCounts: [
        { __typename: 'OptionCount', option: 'Formation', count: 2 },
        { __typename: 'OptionCount', option: 'Hébergement', count: 1 },
        { __typename: 'OptionCount', option: 'Transport', count: 0 },
      ],
      averageScale: null,
      texts: [],
    },
    { __typename: 'QuestionResult', question: { __typename: 'Question', id: 'q-trust' }, optionCounts: [], averageScale: 3.5, texts: [] },
    {
      __typename: 'QuestionResult',
      question: { __typename: 'Question', id: 'q-comment' },
      optionCounts: [],
      averageScale: null,
      texts: ['Prévoir une formation commune, « sans frais ».', 'Ajouter un volet pour les régions éloignées; merci'],
    },
  ],
};
