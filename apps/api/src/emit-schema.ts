import { writeFileSync } from 'node:fs';
import { NestFactory } from '@nestjs/core';
import { GraphQLSchemaBuilderModule, GraphQLSchemaFactory } from '@nestjs/graphql';
import { lexicographicSortSchema, printSchema } from 'graphql';
import './core/graphql/enums';
import { API_RESOLVERS } from './resolvers';

/** The schema clients see, printed the way the running server builds it (sorted). */
export async function buildSchemaSdl(): Promise<string> {
  const app = await NestFactory.create(GraphQLSchemaBuilderModule, { logger: false });
  await app.init();
  const schema = await app.get(GraphQLSchemaFactory).create(API_RESOLVERS);
  await app.close();
  return printSchema(lexicographicSortSchema(schema)) + '\n';
}

export async function emitSchema(path: string): Promise<void> {
  writeFileSync(path, await buildSchemaSdl());
  console.log(`GraphQL schema written to ${path}`);
}
