/// <reference types="node" />
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema, parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';

const root = join(__dirname, '../../../../..');

describe('the client documents', () => {
  it('are valid against the schema the API serves (apps/api/schema.graphql)', () => {
    const schema = buildSchema(readFileSync(join(root, 'apps/api/schema.graphql'), 'utf8'));
    const dir = join(__dirname, '../graphql');
    const files = readdirSync(dir).filter((name) => name.endsWith('.graphql'));
    expect(files.length).toBeGreaterThan(0);
    // Fragments are shared across files, so the documents are validated as one.
    const documents = parse(files.map((name) => readFileSync(join(dir, name), 'utf8')).join('\n'));
    expect(validate(schema, documents).map((e) => e.message)).toEqual([]);
  });
});
