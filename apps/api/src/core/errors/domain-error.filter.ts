import { Catch } from '@nestjs/common';
import type { GqlExceptionFilter } from '@nestjs/graphql';
import { DomainError } from './domain-errors';

/**
 * Hands domain errors straight to GraphQL (formatError then shapes them). Without it Nest logs
 * every refused sign-in or forbidden call as a server error.
 */
@Catch(DomainError)
export class DomainErrorFilter implements GqlExceptionFilter {
  catch(error: DomainError): DomainError {
    return error;
  }
}
