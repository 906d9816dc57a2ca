import { writeTableReportCsv } from './report-csv';
import type { TableReportDocument } from './report-documents';

const doc = (names: Record<string, string>): TableReportDocument => ({
  locale: 'EN',
  tableName: 'Table',
  organizationNames: new Map(Object.entries(names)),
  report: {
    tableId: 't',
    from: '2027-01-01',
    to: '2027-02-28',
    meetingsHeld: 2,
    meetingsCancelled: 0,
    quorumMissed: 0,
    attendanceRate: 0.5,
    decisions: 1,
    votes: 0,
    actionItems: { created: 3, completed: 1, overdue: 0, medianDaysToComplete: 4 },
    referralsSent: 0,
    referralsReceived: 0,
    referralsAnswered: 0,
    medianDaysToAnswerReferral: null,
    consultationsRun: 0,
    consultationResponseRate: null,
    organizations: Object.keys(names).map((organizationId, i) => ({
      organizationId,
      meetingsAttended: i,
      meetingsHeld: 2,
      actionItemsCompleted: 0,
      actionItemsOpen: 1,
      ballotsCast: 0,
    })),
    months: [
      { month: '2027-01', meetingsHeld: 1, decisions: 1, actionItemsCreated: 2, actionItemsCompleted: 0 },
      { month: '2027-02', meetingsHeld: 1, decisions: 0, actionItemsCreated: 1, actionItemsCompleted: 1 },
    ],
  },
});

describe('writeTableReportCsv', () => {
  it('writes a header, one row per organization then one per month, in UTF-8 with a byte-order mark', () => {
    const text = writeTableReportCsv(doc({ a: 'Maison d’hébergement', b: 'Police, Sud' })).toString('utf8');
    expect(text.startsWith('\uFEFF')).toBe(true);
    expect(text.slice(1).split('\r\n')).toEqual([
      'Type,Organization,Month,Meetings held,Meetings attended,Action items completed,Action items open,Ballots cast,Decisions,Action items created',
      'Organization,Maison d’hébergement,,2,0,0,1,0,,',
      'Organization,"Police, Sud",,2,1,0,1,0,,',
      'Month,,2027-01,1,,0,,,1,2',
      'Month,,2027-02,1,,1,,,0,1',
      '',
    ]);
  });

  it('keeps a name that looks like a formula from running in a spreadsheet', () => {
    const text = writeTableReportCsv(doc({ a: '=HYPERLINK("x")', b: '+1', c: '@SUM(A1)' })).toString('utf8');
    expect(text).toContain(`Organization,"'=HYPERLINK(""x"")"`);
    expect(text).toContain("Organization,'+1,");
    expect(text).toContain("Organization,'@SUM(A1),");
  });
});
