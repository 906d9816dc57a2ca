import type { ConsultationDetail, QuestionKind } from '@concertation/web-data-access';

/** Column titles and the words the file uses, in the interface's language. */
export interface CsvLabels {
  position: string;
  question: string;
  kind: string;
  answer: string;
  count: string;
  average: string;
  kinds: Record<QuestionKind, string>;
  /** Numbers as the reader's spreadsheet expects them (a decimal comma in French). */
  formatAverage: (value: number) => string;
}

/** Excel opens a UTF-8 file as UTF-8 (accents intact) only when it starts with this mark. */
export const UTF8_BOM = '\uFEFF';

/** Every field quoted, quotes doubled: commas, semicolons and line breaks in answers stay inside their cell. */
export function csvField(value: string | number): string {
  return `"${String(value).replace(/"/g, '""')}"`;
}

/**
 * The results as CSV: one row per option of a choice question (with its count), one row with the
 * average of a scale question, one row per text answer. Lines end with CRLF, as RFC 4180 says.
 */
export function buildResultsCsv(consultation: Pick<ConsultationDetail, 'questions' | 'results'>, labels: CsvLabels): string {
  const rows: Array<Array<string | number>> = [[labels.position, labels.question, labels.kind, labels.answer, labels.count]];
  const byQuestion = new Map((consultation.results?.questions ?? []).map((result) => [result.question.id, result]));
  for (const question of consultation.questions) {
    const result = byQuestion.get(question.id);
    const lead = [question.position, question.prompt, labels.kinds[question.kind]];
    if (question.kind === 'SCALE') {
      rows.push([...lead, labels.average, result?.averageScale == null ? '' : labels.formatAverage(result.averageScale)]);
    } else if (question.kind === 'TEXT') {
      for (const text of result?.texts ?? []) rows.push([...lead, text, '']);
    } else {
      const counts = new Map((result?.optionCounts ?? []).map((entry) => [entry.option, entry.count]));
      for (const option of question.options) rows.push([...lead, option, counts.get(option) ?? 0]);
    }
  }
  return UTF8_BOM + rows.map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}

/** A file name from the title, safe on every system: « consultation-protocole-d-accueil.csv ». */
export function csvFileName(title: string): string {
  const slug = title
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return `consultation-${slug || 'resultats'}.csv`;
}

/** Hands the text to the browser as a download, built here: nothing goes back to the server. */
export function downloadText(content: string, fileName: string, type = 'text/csv;charset=utf-8'): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  document.body.appendChild(link);
  link.click();
  link.remove();
  // Some browsers start the download after the click returns: let it begin before releasing the file.
  setTimeout(() => URL.revokeObjectURL(url), 1_000);
}
