import PDFDocument from 'pdfkit';
import { printable } from '../../../core/pdf/printable';
import { decisionLabel, LABELS, oneLine, voteLabel, type MinutesDocument } from './minutes-document';

/** The minutes of one meeting as a PDF (GET /meetings/:id/minutes.pdf), written with pdfkit. */
export function writeMinutesPdf(doc: MinutesDocument): Promise<Buffer> {
  const t = LABELS[doc.locale];
  // French typography puts a space before the colon.
  const colon = doc.locale === 'FR' ? ' : ' : ': ';
  const pdf = new PDFDocument({
    size: 'LETTER',
    margin: 56,
    info: { Title: printable(`${t.minutes} — ${oneLine(doc.meetingTitle)}`), Author: 'Concertation', Creator: 'Concertation' },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    pdf.on('data', (chunk: Buffer) => chunks.push(chunk));
    pdf.on('end', () => resolve(Buffer.concat(chunks)));
    pdf.on('error', reject);
  });

  const heading = (text: string, size: number) => pdf.moveDown(0.6).font('Helvetica-Bold').fontSize(size).text(printable(text)).moveDown(0.3);
  const body = (text: string) => pdf.font('Helvetica').fontSize(10.5).text(printable(text));
  const field = (label: string, value: string) =>
    pdf
      .font('Helvetica-Bold')
      .fontSize(10.5)
      .text(printable(`${label}${colon}`), { continued: true })
      .font('Helvetica')
      .text(printable(value));

  pdf
    .font('Helvetica-Bold')
    .fontSize(18)
    .text(printable(`${t.minutes} — ${oneLine(doc.meetingTitle)}`))
    .moveDown(0.5);
  field(t.table, oneLine(doc.tableName));
  field(t.date, `${doc.when} (${doc.timeZone})`);
  if (doc.location) field(t.location, oneLine(doc.location));
  field(t.status, `${t.minutesStatus[doc.status]} (${t.version.toLowerCase()} ${doc.version})`);
  if (doc.approvedOn) field(t.approvedOn, doc.approvedOn);

  if (doc.summary) {
    heading(t.summary, 14);
    body(doc.summary.trim());
  }

  heading(t.attendance, 14);
  if (doc.attendance.length === 0) body(t.noAttendance);
  for (const a of doc.attendance) body(`• ${oneLine(a.name)}${a.organization ? ` (${oneLine(a.organization)})` : ''} — ${t.presence[a.status]}`);

  heading(t.agenda, 14);
  if (doc.items.length === 0) body(t.noAgenda);
  for (const item of doc.items) {
    heading(`${item.number}. ${oneLine(item.title)}${item.inCamera ? ` (${t.inCamera})` : ''}`, 12);
    if (item.notes) body(item.notes.trim());
    for (const v of item.votes) body(`${t.formalVotes} — ${voteLabel(t, v)}`);
    for (const d of item.decisions) body(`${t.decisions} — ${decisionLabel(t, d)}${colon}${oneLine(d.text)}`);
  }
  if (doc.otherDecisions.length > 0) {
    heading(t.otherDecisions, 14);
    for (const d of doc.otherDecisions) body(`• ${decisionLabel(t, d)}${colon}${oneLine(d.text)}`);
  }

  heading(t.actions, 14);
  if (doc.actions.length === 0) body(t.noActions);
  for (const a of doc.actions) {
    const details = [a.owner ? `${t.owner} ${oneLine(a.owner)}` : null, a.dueOn ? `${t.due} ${a.dueOn}` : null, t.actionStatus[a.status]];
    body(`• ${oneLine(a.title)} — ${details.filter(Boolean).join(', ')}`);
  }

  pdf.end();
  return done;
}
