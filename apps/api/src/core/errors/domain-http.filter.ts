import { type ArgumentsHost, Catch, type ExceptionFilter, HttpStatus } from '@nestjs/common';
import type { Response } from 'express';
import { DomainError, type ErrorCode } from './domain-errors';

const STATUS: Record<ErrorCode, number> = {
  UNAUTHENTICATED: HttpStatus.UNAUTHORIZED,
  FORBIDDEN: HttpStatus.FORBIDDEN,
  NOT_FOUND: HttpStatus.NOT_FOUND,
  BAD_USER_INPUT: HttpStatus.BAD_REQUEST,
  CONFLICT: HttpStatus.CONFLICT,
  TOO_MANY_REQUESTS: HttpStatus.TOO_MANY_REQUESTS,
  TWO_FACTOR_REQUIRED: HttpStatus.UNAUTHORIZED,
};

/**
 * Domain errors thrown under a REST controller (uploads, downloads, .ics) become the matching
 * HTTP status with the same safe message. Put on those controllers: the global filter hands
 * domain errors to GraphQL, which would leave an HTTP request unanswered.
 */
@Catch(DomainError)
export class DomainHttpFilter implements ExceptionFilter {
  catch(error: DomainError, host: ArgumentsHost): void {
    const res = host.switchToHttp().getResponse<Response>();
    if (res.headersSent) {
      res.destroy();
      return;
    }
    res.status(STATUS[error.code]).json({ statusCode: STATUS[error.code], code: error.code, message: error.message });
  }
}
