import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { DomainError } from './domain-errors';

/** Codes graphql-js and Apollo give to malformed requests; their messages are about the query, not the data. */
const REQUEST_ERROR_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  'BAD_REQUEST',
]);

function domainErrorOf(error: unknown): DomainError | null {
  if (error instanceof DomainError) return error;
  if (error instanceof GraphQLError && error.originalError) return domainErrorOf(error.originalError);
  return null;
}

/**
 * The one place that decides what a caller sees of an error: domain errors keep their code and
 * message; malformed requests keep graphql-js's message; anything else becomes a bare
 * INTERNAL_SERVER_ERROR, so no stack, SQL or internal message ever leaves the server.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const domain = domainErrorOf(error);
  if (domain) {
    return {
      message: domain.message,
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: domain.code, ...(domain.field ? { field: domain.field } : {}) },
    };
  }
  const code = formatted.extensions?.code;
  const original = error instanceof GraphQLError ? error.originalError : undefined;
  // graphql-js wraps its own coercion errors (e.g. an unknown enum value in a variable) in another
  // GraphQLError: those are about the request too. Anything else with an original error came from code.
  const fromCode = original !== undefined && !(original instanceof GraphQLError);
  if (typeof code === 'string' && REQUEST_ERROR_CODES.has(code) && !fromCode) {
    return { message: formatted.message, locations: formatted.locations, extensions: { code } };
  }
  // A GraphQLError raised by graphql-js itself while validating variables has no original error.
  if (!code && error instanceof GraphQLError && !original) {
    return { message: formatted.message, locations: formatted.locations, extensions: { code: 'BAD_USER_INPUT' } };
  }
  if (process.env.NODE_ENV !== 'test' && original) {
    // Logged on the server only; the caller gets the generic message below.
    console.error('[graphql] internal error', original);
  }
  return {
    message: 'Internal server error.',
    locations: formatted.locations,
    path: formatted.path,
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  };
}
