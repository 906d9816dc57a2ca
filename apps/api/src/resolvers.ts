import type { Type } from '@nestjs/common';
import { RESOLVER_TYPE_METADATA } from '@nestjs/graphql';
import { DOMAIN_MODULES } from './domain-modules';

/** The classes decorated with `@Resolver()` among the providers of these modules, each once. */
export function resolversOf(modules: readonly Type[]): Type[] {
  // 'providers': where `@Module()` keeps its providers (Nest's MODULE_METADATA.PROVIDERS).
  const providers = modules.flatMap((module): unknown[] => Reflect.getMetadata('providers', module) ?? []);
  return [...new Set(providers)].filter(
    (provider): provider is Type => typeof provider === 'function' && Reflect.hasOwnMetadata(RESOLVER_TYPE_METADATA, provider),
  );
}

/**
 * Every resolver class, for printing the schema without starting the application: read from the
 * domain modules' providers, so that registering a resolver in its module is all there is to do.
 *
 * A type's fields live in the module that owns their data: `MeetingFieldsResolver` (meetings) for
 * a meeting's own relations, `MeetingMinutesResolver` (minutes) for `Meeting.minutes`; that is,
 * `<Type>FieldsResolver` in the type's module, `<Type><Field>Resolver` in the others.
 */
export const API_RESOLVERS: Type[] = resolversOf(DOMAIN_MODULES);
