// Scenario 6 (issue 16): a busy table's report over a year, and the network's, through the API over
// HTTP, one request after the other as a person opening the report page would send them.

const FIGURES = `from to meetingsHeld meetingsCancelled quorumMissed attendanceRate decisions votes
  actionItems { created completed overdue medianDaysToComplete }
  referralsSent referralsReceived referralsAnswered medianDaysToAnswerReferral consultationsRun consultationResponseRate
  organizations { organization { id name } meetingsAttended meetingsHeld actionItemsCompleted actionItemsOpen ballotsCast }
  months { month meetingsHeld decisions actionItemsCreated actionItemsCompleted }`;

/** What the table report page asks (libs/web/data-access), every figure. */
export const TABLE_REPORT = `query TableReport($id: ID!, $from: Date!, $to: Date!) {
  tableReport(tableId: $id, from: $from, to: $to) { table { id name } ${FIGURES} }
}`;

/** What the network report page asks: every table's report and the 17 regions. */
export const NETWORK_REPORT = `query NetworkReport($from: Date!, $to: Date!) {
  networkReport(from: $from, to: $to) {
    from to
    tables { table { id name level } ${FIGURES} }
    regions { region { id code name } tables meetingsHeld attendanceRate protocolsAdopted }
  }
}`;

/** The last twelve months as the report pages' default preset sends them: a year ago tomorrow to today. */
export function lastYear(now = new Date()) {
  const to = now.toISOString().slice(0, 10);
  const from = new Date(now);
  from.setUTCFullYear(from.getUTCFullYear() - 1);
  from.setUTCDate(from.getUTCDate() + 1);
  return { from: from.toISOString().slice(0, 10), to };
}

const pct = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];

/**
 * `requests` requests one after the other (after `warmup` not counted), each timed from sending to
 * the parsed answer; an answer with errors fails the whole measure rather than count as fast.
 */
export async function timeSequential(send, { requests, warmup }) {
  for (let i = 0; i < warmup; i++) await send();
  const ms = [];
  let last = null;
  for (let i = 0; i < requests; i++) {
    const began = performance.now();
    last = await send();
    ms.push(performance.now() - began);
    if (last.status !== 200 || last.body.errors) throw new Error(`report request failed: ${last.status} ${JSON.stringify(last.body.errors ?? last.body)}`);
  }
  ms.sort((a, b) => a - b);
  const round = (x) => Math.round(x * 10) / 10;
  return { requests, warmup, latencyMs: { p50: round(pct(ms, 50)), p95: round(pct(ms, 95)), max: round(ms.at(-1)) }, last: last.body.data };
}

/** How much each report counted: the size of the work, to read the times against. */
export function tableWork(report) {
  return {
    meetingsHeld: report.meetingsHeld,
    decisions: report.decisions,
    votes: report.votes,
    actionItemsCreated: report.actionItems.created,
    referralsReceived: report.referralsReceived,
    consultationsRun: report.consultationsRun,
    organizations: report.organizations.length,
    months: report.months.length,
  };
}
