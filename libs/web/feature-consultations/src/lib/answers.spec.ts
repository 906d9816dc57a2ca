import { afterEach, describe, expect, it } from 'vitest';
import { fr, translate, type MessageKey, type MessageParams } from '@concertation/web-i18n';
import { questions, response } from '../testing/consultation-fixtures';
import { clearDraft, draftKey, loadDraft, saveDraft, toAnswerInputs, validateAnswers, valuesFromResponse } from './answers';

const t = (key: MessageKey, params?: MessageParams) => translate(fr, key, params);

describe('an organization’s answers', () => {
  afterEach(() => localStorage.clear());

  it('sends only the part of each question’s kind, in the order of the questions and options', () => {
    const values = {
      'q-comment': { choices: ['Oui'], scale: 4, text: '  Merci  ' },
      'q-needs': { choices: ['Transport', 'Formation', 'Disparue'], scale: null, text: '' },
      'q-trust': { choices: [], scale: 4, text: 'ignoré' },
      'q-protocol': { choices: ['Non'], scale: null, text: '' },
    };
    expect(toAnswerInputs(questions, values)).toEqual([
      { questionId: 'q-protocol', choices: ['Non'] },
      { questionId: 'q-needs', choices: ['Formation', 'Transport'] },
      { questionId: 'q-trust', scale: 4 },
      { questionId: 'q-comment', text: 'Merci' },
    ]);
    // Unanswered optional questions are left out.
    expect(toAnswerInputs(questions, { 'q-protocol': { choices: ['Oui'], scale: null, text: '' } })).toEqual([{ questionId: 'q-protocol', choices: ['Oui'] }]);
  });

  it('asks for the required questions', () => {
    expect(validateAnswers(questions, {}, t)).toEqual({
      'q-protocol': 'Cette question demande une réponse.',
      'q-trust': 'Cette question demande une réponse.',
    });
    expect(validateAnswers(questions, valuesFromResponse(response()), t)).toEqual({});
  });

  it('keeps a draft per consultation and organization, and forgets it', () => {
    const values = valuesFromResponse(response());
    expect(saveDraft('consultation-1', 'org-refuge', values, new Date('2027-03-02T15:30:00.000Z'))).toEqual({ savedAt: '2027-03-02T15:30:00.000Z', values });
    expect(loadDraft('consultation-1', 'org-refuge')).toEqual({ savedAt: '2027-03-02T15:30:00.000Z', values });
    expect(loadDraft('consultation-1', 'org-police')).toBeNull();
    clearDraft('consultation-1', 'org-refuge');
    expect(loadDraft('consultation-1', 'org-refuge')).toBeNull();
  });

  it('ignores a draft it cannot read', () => {
    localStorage.setItem(draftKey('consultation-1', 'org-refuge'), '{not json');
    expect(loadDraft('consultation-1', 'org-refuge')).toBeNull();
    localStorage.setItem(
      draftKey('consultation-1', 'org-refuge'),
      JSON.stringify({ savedAt: '2027-03-02T15:30:00.000Z', values: { 'q-trust': { scale: 'high' } } }),
    );
    expect(loadDraft('consultation-1', 'org-refuge')).toEqual({ savedAt: '2027-03-02T15:30:00.000Z', values: {} });
  });
});
