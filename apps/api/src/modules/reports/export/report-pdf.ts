import PDFDocument from 'pdfkit';
import { printable } from '../../../core/pdf/printable';
import type { MonthActivityModel } from '../models/table-report.model';
import type { TableReportDocument } from './report-documents';
import { longDate, REPORT_LABELS, type ReportLabels, type ReportLocale, shortMonth } from './report-labels';

const INK = '#1f2933';
const MUTED = '#52606d';
const BAR = '#1d4f91';
const TRACK = '#d9e2ec';

type Pdf = InstanceType<typeof PDFDocument>;

/**
 * A table's annual-report style summary (GET /reports/tables/:id.pdf): a title page with the table
 * and the period, the key figures, one bar chart per monthly series and attendance by
 * organization, all drawn as vectors with pdfkit, in the reader's language.
 */
export function writeTableReportPdf(doc: TableReportDocument, today: string): Promise<Buffer> {
  const t = REPORT_LABELS[doc.locale];
  const r = doc.report;
  const pdf = new PDFDocument({
    size: 'LETTER',
    margin: 56,
    info: { Title: printable(`${t.title} — ${doc.tableName}`), Author: 'Concertation', Creator: 'Concertation' },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    pdf.on('data', (chunk: Buffer) => chunks.push(chunk));
    pdf.on('end', () => resolve(Buffer.concat(chunks)));
    pdf.on('error', reject);
  });

  titlePage(pdf, t, doc, today);

  pdf.addPage();
  heading(pdf, t.figures);
  const none = t.none;
  const days = (n: number | null) => (n === null ? none : t.days(n));
  const rate = (n: number | null) => (n === null ? none : t.percent(n));
  const f = t.fields;
  const figures: Array<[string, string]> = [
    [f.meetingsHeld, String(r.meetingsHeld)],
    [f.meetingsCancelled, String(r.meetingsCancelled)],
    [f.quorumMissed, String(r.quorumMissed)],
    [f.attendanceRate, rate(r.attendanceRate)],
    [f.decisions, String(r.decisions)],
    [f.votes, String(r.votes)],
    [f.actionItemsCreated, String(r.actionItems.created)],
    [f.actionItemsCompleted, String(r.actionItems.completed)],
    [f.actionItemsOverdue, String(r.actionItems.overdue)],
    [f.medianDaysToComplete, days(r.actionItems.medianDaysToComplete)],
    [f.referralsSent, String(r.referralsSent)],
    [f.referralsReceived, String(r.referralsReceived)],
    [f.referralsAnswered, String(r.referralsAnswered)],
    [f.medianDaysToAnswerReferral, days(r.medianDaysToAnswerReferral)],
    [f.consultationsRun, String(r.consultationsRun)],
    [f.consultationResponseRate, rate(r.consultationResponseRate)],
  ];
  figureList(pdf, figures);

  pdf.addPage();
  heading(pdf, t.monthly);
  const series: Array<[string, (m: MonthActivityModel) => number]> = [
    [f.meetingsHeld, (m) => m.meetingsHeld],
    [f.decisions, (m) => m.decisions],
    [f.actionItemsCreated, (m) => m.actionItemsCreated],
    [f.actionItemsCompleted, (m) => m.actionItemsCompleted],
  ];
  for (const [label, value] of series) monthChart(pdf, doc.locale, label, r.months, value);

  pdf.addPage();
  heading(pdf, t.attendanceByOrganization);
  attendanceChart(pdf, t, doc);

  pdf.end();
  return done;
}

function titlePage(pdf: Pdf, t: ReportLabels, doc: TableReportDocument, today: string): void {
  const width = pdf.page.width - 112;
  pdf.y = pdf.page.height / 3;
  pdf.fillColor(MUTED).font('Helvetica').fontSize(14).text(printable(t.title), 56, pdf.y, { width });
  pdf.moveDown(0.5).fillColor(INK).font('Helvetica-Bold').fontSize(26).text(printable(doc.tableName), { width });
  pdf
    .moveDown(0.8)
    .font('Helvetica')
    .fontSize(14)
    .text(printable(t.period(longDate(doc.locale, doc.report.from), longDate(doc.locale, doc.report.to))), { width });
  pdf
    .moveDown(3)
    .fillColor(MUTED)
    .fontSize(10)
    .text(printable(t.generated(longDate(doc.locale, today))), { width })
    .text(printable(t.countsOnly), { width });
  pdf.fillColor(INK);
}

function heading(pdf: Pdf, text: string): void {
  pdf.fillColor(INK).font('Helvetica-Bold').fontSize(16).text(printable(text), 56, pdf.y).moveDown(0.6);
}

/** Label on the left, value on the right, a thin rule between rows. */
function figureList(pdf: Pdf, rows: Array<[string, string]>): void {
  const left = 56;
  const width = pdf.page.width - 112;
  for (const [label, value] of rows) {
    const y = pdf.y;
    pdf
      .font('Helvetica')
      .fontSize(11)
      .fillColor(INK)
      .text(printable(label), left, y, { width: width - 120 });
    pdf.font('Helvetica-Bold').text(printable(value), left + width - 120, y, { width: 120, align: 'right' });
    pdf.y = Math.max(pdf.y, y + 16);
    pdf
      .moveTo(left, pdf.y + 2)
      .lineTo(left + width, pdf.y + 2)
      .lineWidth(0.5)
      .strokeColor(TRACK)
      .stroke();
    pdf.y += 8;
  }
}

/** One vertical bar per month, its value above it; month labels thinned out beyond a year. */
function monthChart(pdf: Pdf, locale: ReportLocale, label: string, months: readonly MonthActivityModel[], value: (m: MonthActivityModel) => number): void {
  const height = 90;
  const needed = height + 60;
  if (pdf.y + needed > pdf.page.height - 56) pdf.addPage();
  const left = 56;
  const width = pdf.page.width - 112;
  pdf.font('Helvetica-Bold').fontSize(11).fillColor(INK).text(printable(label), left, pdf.y);
  const top = pdf.y + 14;
  const bottom = top + height;
  const values = months.map(value);
  const max = Math.max(1, ...values);
  const slot = width / Math.max(1, months.length);
  const barWidth = Math.max(2, Math.min(28, slot * 0.6));
  const labelEvery = months.length <= 13 ? 1 : Math.ceil(months.length / 12);
  pdf
    .moveTo(left, bottom)
    .lineTo(left + width, bottom)
    .lineWidth(0.75)
    .strokeColor(MUTED)
    .stroke();
  months.forEach((month, i) => {
    const x = left + i * slot + (slot - barWidth) / 2;
    const barHeight = (values[i] / max) * height;
    if (barHeight > 0) pdf.rect(x, bottom - barHeight, barWidth, barHeight).fill(BAR);
    pdf
      .font('Helvetica')
      .fontSize(7.5)
      .fillColor(INK)
      .text(String(values[i]), x - 8, bottom - barHeight - 10, { width: barWidth + 16, align: 'center', lineBreak: false });
    if (i % labelEvery === 0) {
      pdf
        .fillColor(MUTED)
        .text(printable(shortMonth(locale, month.month)), left + i * slot - 6, bottom + 4, { width: slot + 12, align: 'center', lineBreak: false });
    }
  });
  pdf.fillColor(INK);
  pdf.y = bottom + 30;
}

/** Organizations by share of held meetings attended, highest first, each a bar on a full-width track. */
function attendanceChart(pdf: Pdf, t: ReportLabels, doc: TableReportDocument): void {
  const left = 56;
  const width = pdf.page.width - 112;
  const rows = doc.report.organizations
    .map((o) => ({ name: doc.organizationNames.get(o.organizationId) ?? '', attended: o.meetingsAttended, held: o.meetingsHeld }))
    .sort((a, b) => b.attended - a.attended || a.name.localeCompare(b.name, doc.locale === 'FR' ? 'fr' : 'en'));
  if (rows.length === 0) {
    pdf.font('Helvetica').fontSize(11).text(printable(t.noMember));
    return;
  }
  if (rows[0].held === 0) {
    pdf.font('Helvetica').fontSize(11).text(printable(t.noHeldMeeting)).moveDown(0.5);
  }
  const nameWidth = width * 0.42;
  const barLeft = left + nameWidth + 8;
  const barWidth = width - nameWidth - 8 - 90;
  for (const row of rows) {
    const name = printable(row.name);
    pdf.font('Helvetica').fontSize(9.5);
    // A long name wraps: the row is as tall as its name, so that the next row never runs into it.
    const rowHeight = Math.max(18, pdf.heightOfString(name, { width: nameWidth }) + 6);
    if (pdf.y + rowHeight > pdf.page.height - 56) pdf.addPage();
    const y = pdf.y;
    const share = row.held > 0 ? row.attended / row.held : 0;
    pdf.fillColor(INK).text(name, left, y, { width: nameWidth });
    pdf.rect(barLeft, y + 1, barWidth, 9).fill(TRACK);
    if (share > 0) pdf.rect(barLeft, y + 1, barWidth * share, 9).fill(BAR);
    const caption = row.held > 0 ? `${t.attendedOf(row.attended, row.held)} (${t.percent(share)})` : t.attendedOf(row.attended, row.held);
    pdf
      .fillColor(INK)
      .fontSize(9)
      .text(printable(caption), barLeft + barWidth + 6, y, { width: 84, lineBreak: false });
    pdf.y = y + rowHeight;
  }
}
