import { describe, expect, it } from 'vitest';
import { splitSnippet } from './highlight';

describe('splitSnippet', () => {
  it('turns the words between « and » into marks and drops the guillemets', () => {
    expect(splitSnippet('Bilan du «plan» d’action et «suivi» des «signalements»')).toEqual([
      { text: 'Bilan du ', marked: false },
      { text: 'plan', marked: true },
      { text: ' d’action et ', marked: false },
      { text: 'suivi', marked: true },
      { text: ' des ', marked: false },
      { text: 'signalements', marked: true },
    ]);
  });

  it('keeps a mark at the very start or end, and two marks side by side apart', () => {
    expect(splitSnippet('«Montréal» «région»')).toEqual([
      { text: 'Montréal', marked: true },
      { text: ' ', marked: false },
      { text: 'région', marked: true },
    ]);
  });

  it('gives text without marks back whole', () => {
    expect(splitSnippet('Rencontre de janvier')).toEqual([{ text: 'Rencontre de janvier', marked: false }]);
    expect(splitSnippet('')).toEqual([]);
  });

  it('leaves a guillemet without its pair as text', () => {
    expect(splitSnippet('Le «plan sans fin')).toEqual([{ text: 'Le «plan sans fin', marked: false }]);
    expect(splitSnippet('fin» du texte et «mot»')).toEqual([
      { text: 'fin» du texte et ', marked: false },
      { text: 'mot', marked: true },
    ]);
    expect(splitSnippet('«« double »')).toEqual([{ text: '«« double »', marked: false }]);
  });

  it('keeps French quotation marks of the text itself, spaced inside', () => {
    expect(splitSnippet('Le projet « Ados en sécurité » et le «plan»')).toEqual([
      { text: 'Le projet « Ados en sécurité » et le ', marked: false },
      { text: 'plan', marked: true },
    ]);
  });

  it('never reads markup in a snippet', () => {
    expect(splitSnippet('<b>«gras»</b>')).toEqual([
      { text: '<b>', marked: false },
      { text: 'gras', marked: true },
      { text: '</b>', marked: false },
    ]);
  });
});
