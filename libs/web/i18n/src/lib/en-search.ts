import type { Messages } from './types';

/** English for fr-search.ts: typed by the French source. */
export const enSearch: Pick<Messages, 'search'> = {
  search: {
    header: {
      landmark: 'Search',
      label: 'Search meetings, agenda items, decisions and action items',
      placeholder: 'Search…',
      submit: 'Search',
    },
    blank: 'Type at least one word to search for.',
    title: 'Search',
    documentTitle: 'Search: {query}',
    form: {
      landmark: 'Change the search',
      label: 'Search words',
      hint: 'Meeting and agenda item titles, notes, decisions and action items. Accents and capitals do not matter.',
      submit: 'Run the search',
    },
    loading: 'Searching…',
    count: { one: '{count} result for “{query}”', other: '{count} results for “{query}”' },
    shown: { one: '{count} result shown of {total}', other: '{count} results shown of {total}' },
    groupCount: { one: '{count} result', other: '{count} results' },
    loadMore: 'More results',
    none: 'No results for “{query}”',
    hints: {
      spelling: 'Check the spelling, or try a shorter or more common word.',
      fewerWords: 'Remove some words: a result must contain every word searched for.',
      access: 'Only what you may read is shown: in-camera items stay reserved to the people who have access to them.',
    },
    start: 'What are you looking for?',
    startHint: 'Type one or more words to find a meeting, an agenda item, a decision or an action item.',
    badQuery: 'This search is not accepted: type at least one word made of letters or digits.',
    groups: {
      Meeting: 'Meetings',
      AgendaItem: 'Agenda items',
      Decision: 'Decisions',
      ActionItem: 'Action items',
    },
    decisionOn: 'Decision on “{title}”',
    decisionOf: 'Decision of the meeting “{title}”',
    inMeeting: 'Meeting: {title}',
    dueOn: 'Due: {date}',
    inCamera: 'In camera',
    outcomes: {
      ADOPTED: 'Adopted',
      CONSENSUS: 'By consensus',
      DEFERRED: 'Deferred',
      REJECTED: 'Rejected',
    },
    statuses: {
      OPEN: 'To do',
      IN_PROGRESS: 'In progress',
      BLOCKED: 'Blocked',
      DONE: 'Done',
      CANCELLED: 'Cancelled',
    },
  },
};
