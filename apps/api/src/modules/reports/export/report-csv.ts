import type { NetworkReportDocument, TableReportDocument } from './report-documents';
import { REPORT_LABELS } from './report-labels';

type Cell = string | number | null;

/**
 * One CSV cell (RFC 4180). Text that a spreadsheet would read as a formula (=, +, -, @, tab, CR at
 * the start) is prefixed with an apostrophe: an organization's name must never run in Excel.
 */
function cell(value: Cell): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** UTF-8 with a byte-order mark, so that spreadsheets read the accents right; CRLF line ends. */
function csv(rows: Cell[][]): Buffer {
  return Buffer.from(`\uFEFF${rows.map((row) => row.map(cell).join(',')).join('\r\n')}\r\n`, 'utf8');
}

/** GET /reports/tables/:id.csv: a header row, one row per ACTIVE member organization, then one per month. */
export function writeTableReportCsv(doc: TableReportDocument): Buffer {
  const t = REPORT_LABELS[doc.locale];
  const f = t.fields;
  const header = [
    f.kind,
    f.organization,
    f.month,
    f.meetingsHeld,
    f.meetingsAttended,
    f.actionItemsCompleted,
    f.actionItemsOpen,
    f.ballotsCast,
    f.decisions,
    f.actionItemsCreated,
  ];
  const organizations = doc.report.organizations.map((o): Cell[] => [
    t.kinds.organization,
    doc.organizationNames.get(o.organizationId) ?? '',
    null,
    o.meetingsHeld,
    o.meetingsAttended,
    o.actionItemsCompleted,
    o.actionItemsOpen,
    o.ballotsCast,
    null,
    null,
  ]);
  const months = doc.report.months.map((m): Cell[] => [
    t.kinds.month,
    null,
    m.month,
    m.meetingsHeld,
    null,
    m.actionItemsCompleted,
    null,
    null,
    m.decisions,
    m.actionItemsCreated,
  ]);
  return csv([header, ...organizations, ...months]);
}

/** GET /reports/network.csv: a header row, one row per table (by name), then one per Quebec region (by code). */
export function writeNetworkReportCsv(doc: NetworkReportDocument): Buffer {
  const t = REPORT_LABELS[doc.locale];
  const f = t.fields;
  const header = [
    f.kind,
    f.name,
    f.level,
    f.tables,
    f.meetingsHeld,
    f.meetingsCancelled,
    f.quorumMissed,
    f.attendanceRate,
    f.decisions,
    f.votes,
    f.actionItemsCreated,
    f.actionItemsCompleted,
    f.actionItemsOverdue,
    f.medianDaysToComplete,
    f.referralsSent,
    f.referralsReceived,
    f.referralsAnswered,
    f.medianDaysToAnswerReferral,
    f.consultationsRun,
    f.consultationResponseRate,
    f.protocolsAdopted,
  ];
  const tables = doc.report.tables.map((r): Cell[] => {
    const table = doc.tables.get(r.tableId);
    return [
      t.kinds.table,
      table?.name ?? '',
      table ? (t.levels[table.level] ?? '') : '',
      null,
      r.meetingsHeld,
      r.meetingsCancelled,
      r.quorumMissed,
      r.attendanceRate,
      r.decisions,
      r.votes,
      r.actionItems.created,
      r.actionItems.completed,
      r.actionItems.overdue,
      r.actionItems.medianDaysToComplete,
      r.referralsSent,
      r.referralsReceived,
      r.referralsAnswered,
      r.medianDaysToAnswerReferral,
      r.consultationsRun,
      r.consultationResponseRate,
      null,
    ];
  });
  const regions = doc.report.regions.map((r): Cell[] => [
    t.kinds.region,
    doc.regionNames.get(r.regionId) ?? '',
    null,
    r.tables,
    r.meetingsHeld,
    null,
    null,
    r.attendanceRate,
    ...Array<Cell>(12).fill(null),
    r.protocolsAdopted,
  ]);
  return csv([header, ...tables, ...regions]);
}
