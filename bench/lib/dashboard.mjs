// Scenario 1's query and its load: autocannon in its own process (load.mjs), so that the driver
// never competes with the server it measures for the same event loop.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

const root = new URL('../..', import.meta.url).pathname;

export const DASHBOARD = `query Dashboard($from: DateTime!, $to: DateTime!) {
  myMeetings(from: $from, to: $to) { id title status startsAt endsAt timeZone location table { id name } }
  myActionItems(first: 50) { totalCount edges { node { id title status dueOn table { id name } } } }
  notifications(first: 1) { unreadCount }
}`;

/** The home page's one query (libs/web/data-access/src/graphql/home.graphql), with the fields the page reads. */
export const WHAT_NEEDS_ME = `query WhatNeedsMe {
  whatNeedsMe {
    decisions { kind targetId title detail waitingSince dueAt table { id name } }
    myPendingMemberships { id status requestedAt table { id name } }
    actionItems { id title status dueOn overdue table { id name } }
    nextMeetings { id title status startsAt endsAt timeZone location onlineUrl seriesId agendaPublishedAt cancelledReason viewerRsvp table { id name } }
  }
}`;

/** 32 connections rotating over `tokens`; answers autocannon's numbers (load.mjs). */
export function runLoad({ url, query, tokens, variables, warmupSeconds, durationSeconds, connections = 32 }) {
  const { origin, pathname } = new URL(url);
  const job = { url: origin, path: pathname, connections, warmupSeconds, durationSeconds, tokens, query, variables };
  return JSON.parse(execFileSync(process.execPath, [join(root, 'bench/load.mjs'), JSON.stringify(job)], { cwd: root }).toString());
}
