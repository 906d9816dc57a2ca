import {
  type ExecutionResult,
  GraphQLID,
  GraphQLList,
  GraphQLNonNull,
  GraphQLObjectType,
  GraphQLSchema,
  GraphQLString,
  GraphQLUnionType,
  parse,
} from 'graphql';
import { executeOncePerAccessClass, sameForAccessClass } from './once-per-access-class';

const marked = { sameForAccessClass: true };
const resolved = () => 'resolved';

// A meeting whose `title` reads its row, whose `agenda` is marked, and whose `viewerRole` is the viewer's own.
const Item = new GraphQLObjectType({ name: 'Item', fields: { id: { type: GraphQLID }, notes: { type: GraphQLString, resolve: resolved } } });
const Note = new GraphQLObjectType({ name: 'Note', fields: { id: { type: GraphQLID } } });
const Entry = new GraphQLUnionType({ name: 'Entry', types: [Item, Note], resolveType: () => 'Item' });
const Meeting = new GraphQLObjectType({
  name: 'Meeting',
  fields: {
    id: { type: new GraphQLNonNull(GraphQLID) },
    title: { type: GraphQLString },
    agenda: { type: new GraphQLList(Item), resolve: () => [], extensions: marked },
    entries: { type: new GraphQLList(Entry), resolve: () => [], extensions: marked },
    viewerRole: { type: GraphQLString, resolve: resolved },
  },
});
const Event = new GraphQLObjectType({
  name: 'Event',
  fields: { kind: { type: GraphQLString }, meeting: { type: Meeting, resolve: () => ({}), extensions: marked } },
});
const schema = new GraphQLSchema({
  query: new GraphQLObjectType({ name: 'Query', fields: { meeting: { type: Meeting, resolve: () => ({}), extensions: marked } } }),
  subscription: new GraphQLObjectType({
    name: 'Subscription',
    fields: {
      events: { type: Event, resolve: (event: unknown) => event, extensions: marked },
      mine: { type: Event, resolve: (event: unknown) => event },
    },
  }),
});

const verdict = (query: string, operationName?: string) => sameForAccessClass(schema, parse(query), operationName);

describe('sameForAccessClass', () => {
  it('accepts a subscription whose every field is marked or reads its parent', () => {
    expect(verdict('subscription { events { kind __typename meeting { id title agenda { id } } } }')).toBe(true);
    expect(verdict('subscription { events { ...E } } fragment E on Event { meeting { ... on Meeting { agenda { id } } } }')).toBe(true);
  });

  it('refuses one field of the viewer’s own, wherever it hides', () => {
    expect(verdict('subscription { events { meeting { viewerRole } } }')).toBe(false);
    expect(verdict('subscription { events { ...E } } fragment E on Event { meeting { agenda { notes } } }')).toBe(false);
    expect(verdict('subscription { events { meeting { ... on Meeting { viewerRole } } } }')).toBe(false);
    // A root field without the mark: its own resolver may read the viewer.
    expect(verdict('subscription { mine { kind } }')).toBe(false);
  });

  it('asks every type a union may hold', () => {
    expect(verdict('subscription { events { meeting { entries { ... on Item { id } ... on Note { id } } } } }')).toBe(true);
    expect(verdict('subscription { events { meeting { entries { ... on Item { notes } } } } }')).toBe(false);
  });

  it('judges only the operation that runs, and never a query or an unknown operation', () => {
    const two = 'subscription A { events { kind } } subscription B { events { meeting { viewerRole } } }';
    expect(verdict(two, 'A')).toBe(true);
    expect(verdict(two, 'B')).toBe(false);
    expect(verdict(two)).toBe(false);
    expect(verdict('query { meeting { id } }')).toBe(false);
  });
});

describe('executeOncePerAccessClass', () => {
  const document = parse('subscription { events { kind } }');
  const result = (value: string): ExecutionResult => ({ data: { value } });

  it('runs once per event, document, variables and class, and hands the others the same result', async () => {
    const event = {};
    const runs: string[] = [];
    const run = (name: string) => () => {
      runs.push(name);
      return Promise.resolve(result(name));
    };
    const first = await executeOncePerAccessClass(event, document, null, { id: 1 }, 'MEMBER', run('a'));
    const second = await executeOncePerAccessClass(event, document, null, { id: 1 }, 'MEMBER', run('b'));
    const otherClass = await executeOncePerAccessClass(event, document, null, { id: 1 }, 'OBSERVER', run('c'));
    const otherVariables = await executeOncePerAccessClass(event, document, null, { id: 2 }, 'MEMBER', run('d'));
    const otherEvent = await executeOncePerAccessClass({}, document, null, { id: 1 }, 'MEMBER', run('e'));
    const otherDocument = await executeOncePerAccessClass(event, parse('subscription { events { kind } }'), null, { id: 1 }, 'MEMBER', run('f'));
    expect(runs).toEqual(['a', 'c', 'd', 'e', 'f']);
    expect(second).toBe(first);
    expect([otherClass, otherVariables, otherEvent, otherDocument].map((r) => r.data?.value)).toEqual(['c', 'd', 'e', 'f']);
  });
});
