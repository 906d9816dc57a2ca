import { snippetFragments, wholeWordSnippet } from './snippet';

const BODY =
  'Préambule fictif de la rencontre régionale. Le sous-comité de l’organisation fictive présentera le plan de prévention 2027-2028 ' +
  'aux partenaires communautaires, scolaires et policiers de la région, puis la table discutera des ressources d’hébergement disponibles. ' +
  'Conclusion fictive.';

describe('wholeWordSnippet', () => {
  it('widens fragments cut inside a word to the whole word, and says the text goes on', () => {
    // As ts_headline cuts at its tokens: « comité » out of « sous-comité », « 2027 » out of « 2027-2028 ».
    const snippet = 'comité de l’«organisation» fictive présentera le plan de prévention 2027 … «hébergement»';
    expect(wholeWordSnippet(snippet, BODY)).toBe('… sous-comité de l’«organisation» fictive présentera le plan de prévention 2027-2028 … d’«hébergement» …');
  });

  it('keeps every word of a long text whole: each word of the snippet is a word of the text', () => {
    const words = new Set(BODY.split(/\s+/));
    const cut = ['us-comité de l’«organisation» fictive', 'nautaires, scolaires et «policiers» de la rég'];
    const snippet = wholeWordSnippet(cut.join(' … '), BODY);
    const shown = snippetFragments(snippet).flatMap((fragment) => fragment.split(/\s+/));
    expect(shown.filter((word) => !words.has(word))).toEqual([]);
    expect(snippet.startsWith('… ')).toBe(true);
    expect(snippet.endsWith(' …')).toBe(true);
  });

  it('adds no ellipsis where the text starts or ends, and leaves a whole short text as it is', () => {
    expect(wholeWordSnippet('Réunion fictive de «Montréal»', 'Réunion fictive de Montréal')).toBe('Réunion fictive de «Montréal»');
    expect(wholeWordSnippet('«Préambule» fictif', BODY)).toBe('«Préambule» fictif …');
    expect(wholeWordSnippet('la région, puis la table discutera des ressources d’hébergement disponibles. «Conclusion» fictive.', BODY)).toBe(
      '… la région, puis la table discutera des ressources d’hébergement disponibles. «Conclusion» fictive.',
    );
  });

  it('keeps French quotes of the text itself, and a fragment it cannot place, as they are', () => {
    const body = 'Le « plan » fictif de prévention';
    expect(wholeWordSnippet('Le « «plan» » fictif', body)).toBe('Le « «plan» » fictif …');
    expect(wholeWordSnippet('«ailleurs» fictif', body)).toBe('«ailleurs» fictif');
  });
});

describe('snippetFragments', () => {
  it('gives the text of each fragment, without marks or ellipses', () => {
    expect(snippetFragments('… sous-comité de l’«organisation» … d’«hébergement» …')).toEqual(['sous-comité de l’organisation', 'd’hébergement']);
  });
});
