import { describe, expect, it } from 'vitest';
import { consultation, results } from '../testing/consultation-fixtures';
import { buildResultsCsv, csvField, csvFileName, UTF8_BOM, type CsvLabels } from './results-csv';

const labels: CsvLabels = {
  position: 'N°',
  question: 'Question',
  kind: 'Type',
  answer: 'Réponse',
  count: 'Nombre',
  average: 'Moyenne',
  kinds: { SINGLE_CHOICE: 'Choix unique', MULTIPLE_CHOICE: 'Choix multiples', SCALE: 'Échelle de 1 à 5', TEXT: 'Réponse libre' },
  formatAverage: (value) => String(value).replace('.', ','),
};

describe('the results CSV', () => {
  it('quotes every field and doubles the quotes inside', () => {
    expect(csvField('Il a dit "oui", puis non')).toBe('"Il a dit ""oui"", puis non"');
    expect(csvField(3)).toBe('"3"');
  });

  it('starts with a UTF-8 BOM for Excel and has one row per option, per scale average and per text answer', () => {
    const csv = buildResultsCsv(consultation({ results }), labels);
    expect(csv.startsWith(UTF8_BOM)).toBe(true);
    const lines = csv.slice(1).split('\r\n');
    expect(lines.at(-1)).toBe('');
    expect(lines.slice(0, -1)).toEqual([
      '"N°","Question","Type","Réponse","Nombre"',
      '"1","Votre organisation applique-t-elle le protocole fictif ?","Choix unique","Oui","1"',
      '"1","Votre organisation applique-t-elle le protocole fictif ?","Choix unique","Non","0"',
      '"1","Votre organisation applique-t-elle le protocole fictif ?","Choix unique","En partie","1"',
      '"2","Quels besoins prioriser ?","Choix multiples","Formation","2"',
      '"2","Quels besoins prioriser ?","Choix multiples","Hébergement","1"',
      '"2","Quels besoins prioriser ?","Choix multiples","Transport","0"',
      '"3","Confiance envers la collaboration régionale","Échelle de 1 à 5","Moyenne","3,5"',
      '"4","Commentaires pour la table provinciale","Réponse libre","Prévoir une formation commune, « sans frais ».",""',
      '"4","Commentaires pour la table provinciale","Réponse libre","Ajouter un volet pour les régions éloignées; merci",""',
    ]);
  });

  it('counts zero for an option without results and leaves an unanswered scale empty', () => {
    const csv = buildResultsCsv(consultation({ results: { ...results, questions: [] } }), labels);
    expect(csv).toContain('"1","Votre organisation applique-t-elle le protocole fictif ?","Choix unique","Oui","0"');
    expect(csv).toContain('"3","Confiance envers la collaboration régionale","Échelle de 1 à 5","Moyenne",""');
    expect(csv).not.toContain('Réponse libre"');
  });

  it('names the file after the title, without accents or spaces', () => {
    expect(csvFileName('Consultation fictive sur le protocole d’accueil')).toBe('consultation-consultation-fictive-sur-le-protocole-d-accueil.csv');
    expect(csvFileName('???')).toBe('consultation-resultats.csv');
  });
});
