import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MetadataScanner } from '@nestjs/core';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { ACCESS_RULE } from '../src/core/auth/access.decorator';
import { API_RESOLVERS } from '../src/resolvers';
import { startTestApp, type TestApp } from './support/test-app';

// Nest's own metadata keys for resolver methods (@nestjs/graphql's RESOLVER_NAME_METADATA and
// RESOLVER_TYPE_METADATA), read here to map each schema operation back to its method.
const RESOLVER_NAME = 'graphql:resolver_name';
const RESOLVER_TYPE = 'graphql:resolver_type';

describe('the schema', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('is committed as the running server builds it (run `npx nx run api:build` to regenerate)', () => {
    const served = printSchema(lexicographicSortSchema(t.app.get(GraphQLSchemaHost).schema)) + '\n';
    const committed = readFileSync(join(__dirname, '..', 'schema.graphql'), 'utf8');
    expect(committed).toBe(served);
  });

  it('gives every Query, Mutation and Subscription field an access rule', () => {
    const schema = t.app.get(GraphQLSchemaHost).schema;
    const scanner = new MetadataScanner();
    const rules = new Map<string, unknown>();
    for (const resolver of API_RESOLVERS) {
      const prototype = resolver.prototype;
      for (const method of scanner.getAllMethodNames(prototype)) {
        const handler = prototype[method];
        const type: string | undefined = Reflect.getMetadata(RESOLVER_TYPE, handler);
        if (type !== 'Query' && type !== 'Mutation' && type !== 'Subscription') continue;
        const name: string = Reflect.getMetadata(RESOLVER_NAME, handler) ?? method;
        rules.set(`${type}.${name}`, Reflect.getMetadata(ACCESS_RULE, handler));
      }
    }
    const operations = [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()].flatMap((type) =>
      type ? Object.keys(type.getFields()).map((field) => `${type.name}.${field}`) : [],
    );
    expect(operations.length).toBeGreaterThan(0);
    const unguarded = operations.filter((op) => !['anyone', 'signedIn', 'coordinator'].includes(rules.get(op) as string));
    expect(unguarded).toEqual([]);
  });
});
