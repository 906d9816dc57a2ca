import { decisionLabel, LABELS, oneLine, voteLabel, type DecisionLine, type MinutesDocument } from './minutes-document';

/** Titles and names are plain text: their Markdown and HTML characters are escaped. */
function plain(text: string): string {
  return oneLine(text).replace(/[\\`*_[\]<>#|]/g, (c) => `\\${c}`);
}

/** Notes and the summary are the secretary's Markdown: kept as written, trimmed. */
function block(text: string): string {
  return text.replace(/\r\n?/g, '\n').trim();
}

/** The minutes of one meeting as Markdown (`Minutes.markdown`, GET /meetings/:id/minutes.md). */
export function writeMinutesMarkdown(doc: MinutesDocument): string {
  const t = LABELS[doc.locale];
  const decision = (d: DecisionLine) => `- **${decisionLabel(t, d)}** — ${plain(d.text)}`;
  // French typography puts a space before the colon.
  const field = (label: string, value: string) => `- **${label}**${doc.locale === 'FR' ? ' :' : ':'} ${value}`;
  const out: string[] = [`# ${t.minutes} — ${plain(doc.meetingTitle)}`, ''];
  out.push(field(t.table, plain(doc.tableName)));
  out.push(field(t.date, `${doc.when} (${doc.timeZone})`));
  if (doc.location) out.push(field(t.location, plain(doc.location)));
  out.push(field(t.status, `${t.minutesStatus[doc.status]} (${t.version.toLowerCase()} ${doc.version})`));
  if (doc.approvedOn) out.push(field(t.approvedOn, doc.approvedOn));
  out.push('');

  if (doc.summary) out.push(`## ${t.summary}`, '', block(doc.summary), '');

  out.push(`## ${t.attendance}`, '');
  if (doc.attendance.length === 0) out.push(t.noAttendance);
  for (const a of doc.attendance) {
    out.push(`- ${plain(a.name)}${a.organization ? ` (${plain(a.organization)})` : ''} — ${t.presence[a.status]}`);
  }
  out.push('');

  out.push(`## ${t.agenda}`, '');
  if (doc.items.length === 0) out.push(t.noAgenda, '');
  for (const item of doc.items) {
    out.push(`### ${item.number}. ${plain(item.title)}${item.inCamera ? ` (${t.inCamera})` : ''}`, '');
    if (item.notes) out.push(block(item.notes), '');
    if (item.votes.length > 0) out.push(`**${t.formalVotes}**`, '', ...item.votes.map((v) => `- ${plain(voteLabel(t, v))}`), '');
    if (item.decisions.length > 0) out.push(`**${t.decisions}**`, '', ...item.decisions.map(decision), '');
  }

  if (doc.otherDecisions.length > 0) out.push(`## ${t.otherDecisions}`, '', ...doc.otherDecisions.map(decision), '');

  out.push(`## ${t.actions}`, '');
  if (doc.actions.length === 0) out.push(t.noActions);
  for (const a of doc.actions) {
    const details = [a.owner ? `${t.owner} ${plain(a.owner)}` : null, a.dueOn ? `${t.due} ${a.dueOn}` : null, t.actionStatus[a.status]];
    out.push(`- [${a.status === 'DONE' ? 'x' : ' '}] ${plain(a.title)} — ${details.filter(Boolean).join(', ')}`);
  }
  return `${out.join('\n').trimEnd()}\n`;
}
