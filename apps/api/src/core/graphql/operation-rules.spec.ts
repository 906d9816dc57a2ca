import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema, type DocumentNode, Kind, parse, print, specifiedRules, validate } from 'graphql';
import { limitRules, MAX_TOKENS } from './operation-rules';

const root = join(__dirname, '../../../../..');
const schema = buildSchema(readFileSync(join(root, 'apps/api/schema.graphql'), 'utf8'));
const documentsDir = join(root, 'libs/web/data-access/src/graphql');
const all = parse(
  readdirSync(documentsDir)
    .filter((f) => f.endsWith('.graphql'))
    .map((f) => readFileSync(join(documentsDir, f), 'utf8'))
    .join('\n'),
);
const fragments = all.definitions.filter((d) => d.kind === Kind.FRAGMENT_DEFINITION);
const operations = all.definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION);

/** The web client must never be refused by the limits: each of its operations, with every fragment, passes them. */
describe('the limits and the web client’s documents', () => {
  it('finds the documents', () => expect(operations.length).toBeGreaterThan(50));

  it.each(operations.map((op) => [op.name?.value ?? '?', op]))('%s passes depth, alias, cost and token limits', (_name, operation) => {
    const document: DocumentNode = { kind: Kind.DOCUMENT, definitions: [operation, ...fragments] };
    // NoUnusedFragments aside (every fragment is included here), nothing may complain.
    const errors = validate(schema, document, [...specifiedRules.filter((r) => r.name !== 'NoUnusedFragmentsRule'), ...limitRules()]);
    expect(errors.map((e) => e.message)).toEqual([]);
    expect(() => parse(print(document), { maxTokens: MAX_TOKENS })).not.toThrow();
  });
});
