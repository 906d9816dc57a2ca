import { describe, expect, it } from 'vitest';
import { fr, translate, type MessageKey, type MessageParams } from '@concertation/web-i18n';
import {
  emptyBuilderValues,
  moveQuestion,
  newQuestion,
  optionField,
  optionsField,
  promptField,
  questionFieldsChanged,
  serverFieldErrors,
  validateBuilder,
  valuesFromConsultation,
  type BuilderValues,
} from './builder-model';
import { wallTimeToInstant } from '@concertation/shared-domain';

const t = (key: MessageKey, params?: MessageParams) => translate(fr, key, params);
const now = new Date('2027-03-01T12:00:00.000Z');
const zone = 'America/Toronto';

function values(overrides: Partial<BuilderValues> = {}): BuilderValues {
  const choice = { ...newQuestion('SINGLE_CHOICE'), prompt: 'Appliquez-vous le protocole ?', options: ['Oui', 'Non'] };
  return { ...emptyBuilderValues(zone, now), title: 'Consultation fictive', audience: ['table-reg-a'], questions: [choice], ...overrides };
}

describe('the consultation builder model', () => {
  it('moves a question one place and leaves the list alone at its edges', () => {
    const [a, b, c] = [newQuestion('TEXT'), newQuestion('SCALE'), newQuestion('SINGLE_CHOICE')];
    expect(moveQuestion([a, b, c], 2, -1).map((q) => q.key)).toEqual([a.key, c.key, b.key]);
    expect(moveQuestion([a, b, c], 0, 1).map((q) => q.key)).toEqual([b.key, a.key, c.key]);
    expect(moveQuestion([a, b, c], 0, -1).map((q) => q.key)).toEqual([a.key, b.key, c.key]);
    expect(moveQuestion([a, b, c], 2, 1).map((q) => q.key)).toEqual([a.key, b.key, c.key]);
  });

  it('defaults the closing to two weeks later at 17:00 in the table’s zone', () => {
    expect(emptyBuilderValues(zone, now)).toMatchObject({ closesDate: '2027-03-15', closesTime: '17:00', questions: [], audience: [] });
  });

  it('gives the input, with the closing in the table’s zone, options only for choice questions', () => {
    const scale = { ...newQuestion('SCALE'), prompt: '  Confiance  ', required: true, options: ['left over'] };
    const { errors, input } = validateBuilder(values({ questions: [...values().questions, scale], description: '  ' }), {
      tableId: 'table-prov',
      timeZone: zone,
      now,
      t,
    });
    expect(errors).toEqual({});
    expect(input).toEqual({
      tableId: 'table-prov',
      title: 'Consultation fictive',
      description: null,
      closesAt: wallTimeToInstant('2027-03-15', '17:00', zone)?.toISOString(),
      audienceTableIds: ['table-reg-a'],
      questions: [
        { kind: 'SINGLE_CHOICE', prompt: 'Appliquez-vous le protocole ?', required: false, options: ['Oui', 'Non'] },
        { kind: 'SCALE', prompt: 'Confiance', required: true },
      ],
    });
    expect(input?.closesAt).toBe('2027-03-15T21:00:00.000Z');
  });

  it('names each field that is wrong', () => {
    const empty = { ...newQuestion('MULTIPLE_CHOICE'), prompt: '', options: ['Oui', ' Oui ', ''] };
    const single = { ...newQuestion('SINGLE_CHOICE'), prompt: 'x'.repeat(1001), options: ['Seule'] };
    const { errors, input } = validateBuilder(
      { title: ' ', description: '', closesDate: '2027-02-01', closesTime: '09:00', audience: [], questions: [empty, single] },
      { tableId: 'table-prov', timeZone: zone, now, t },
    );
    expect(input).toBeNull();
    expect(errors).toEqual({
      title: 'Ce champ est obligatoire.',
      closesDate: 'La clôture doit être dans le futur.',
      audience: 'Choisissez au moins une table.',
      [promptField(empty.key)]: 'Ce champ est obligatoire.',
      [optionField(empty.key, 2)]: 'Une option ne peut pas être vide.',
      [optionsField(empty.key)]: 'Les options doivent être différentes les unes des autres.',
      [promptField(single.key)]: 'L’énoncé compte au plus 1000 caractères.',
      [optionsField(single.key)]: 'Une question à choix demande au moins deux options.',
    });
    expect(validateBuilder(values({ questions: [] }), { tableId: 't', timeZone: zone, now, t }).errors).toEqual({
      questions: 'Ajoutez au moins une question.',
    });
    expect(validateBuilder(values({ closesDate: '2027-02-30' }), { tableId: 't', timeZone: zone, now, t }).errors).toEqual({
      closesDate: 'Cette date ou cette heure n’existe pas.',
    });
  });

  it('places the API’s field errors on the fields on screen', () => {
    const [a, b] = [newQuestion('TEXT'), newQuestion('SINGLE_CHOICE')];
    expect(
      serverFieldErrors({ closesAt: 'In the future.', 'questions.1.options': 'The options of a question must differ.', audienceTableIds: 'Below.' }, [a, b]),
    ).toEqual({ closesDate: 'In the future.', [optionsField(b.key)]: 'The options of a question must differ.', audience: 'Below.' });
  });

  it('starts an edit from the draft: its closing in the table’s zone, its audience and questions', () => {
    const draft = {
      title: 'Consultation fictive',
      description: null,
      closesAt: '2027-03-15T21:00:00.000Z',
      audienceTables: [{ id: 'table-reg-a' }],
      questions: [
        { kind: 'SINGLE_CHOICE' as const, prompt: 'Appliquez-vous le protocole ?', options: ['Oui', 'Non'], required: true },
        { kind: 'TEXT' as const, prompt: 'Commentaires', options: [], required: false },
      ],
    };
    const edited = valuesFromConsultation(draft, zone);
    expect([edited.closesDate, edited.closesTime, edited.description, edited.audience]).toEqual(['2027-03-15', '17:00', '', ['table-reg-a']]);
    expect(edited.questions.map((q) => [q.kind, q.prompt, q.options, q.required])).toEqual([
      ['SINGLE_CHOICE', 'Appliquez-vous le protocole ?', ['Oui', 'Non'], true],
      ['TEXT', 'Commentaires', [], false],
    ]);
    // Saved unchanged, it is what the API was given.
    expect(validateBuilder(edited, { tableId: 'table-prov', timeZone: zone, now, t }).input?.closesAt).toBe(draft.closesAt);
  });

  it('names the messages a change to a question makes stale', () => {
    const question = { ...newQuestion('SINGLE_CHOICE'), options: ['Oui', 'Oui'] };
    expect(questionFieldsChanged(question, { prompt: 'Nouvel énoncé' })).toEqual([promptField(question.key)]);
    expect(questionFieldsChanged(question, { options: ['Oui', 'Non', ''] })).toEqual([
      optionsField(question.key),
      optionField(question.key, 0),
      optionField(question.key, 1),
      optionField(question.key, 2),
    ]);
    expect(questionFieldsChanged(question, { required: true })).toEqual([]);
  });
});
