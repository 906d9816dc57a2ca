import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Logger } from 'pino';
import { pinoHttp } from 'pino-http';

export const REQUEST_ID_HEADER = 'X-Request-Id';

/** An id a caller or a proxy may hand in; anything else is replaced, so that logs stay clean. */
const VALID_REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

const VIEWER = Symbol('viewerId');

type LoggedRequest = IncomingMessage & {
  id?: string;
  body?: unknown;
  originalUrl?: string;
  ip?: string;
  [VIEWER]?: string;
  concertationContext?: { viewer?: { userId?: string } | null };
};

/** The request id of a request (X-Request-Id when valid, else generated; set by `httpLogger`). */
export function requestIdFrom(req: IncomingMessage): string {
  const given = req.headers['x-request-id'];
  return typeof given === 'string' && VALID_REQUEST_ID.test(given) ? given : randomUUID();
}

/** Records who the request is from, once the token is read (GraphQL's context), for its log line. */
export function noteViewer(req: IncomingMessage | undefined, userId: string | null | undefined): void {
  if (req && userId) (req as LoggedRequest)[VIEWER] = userId;
}

/**
 * The path as it may be logged: no query string, and the credentials some paths hold replaced:
 * a personal calendar feed's secret (`/calendar/<secret>.ics`), the tokens of e-mail links
 * (`/rsvp/<token>`, `/unsubscribe/<token>`).
 */
export function loggablePath(url: string | undefined): string {
  const path = (url ?? '').split('?')[0];
  return path.replace(/^\/calendar\/[^/]+?(\.ics)?$/, '/calendar/[secret]$1').replace(/^\/(rsvp|unsubscribe)\/[^/]+$/, '/$1/[token]');
}

const OPERATION_NAME = /^[_A-Za-z][_0-9A-Za-z]{0,99}$/;
const FIRST_OPERATION = /\b(query|mutation|subscription)\s+([_A-Za-z][_0-9A-Za-z]{0,99})/;

/** The operation's name only (never its text or variables), from the request or its document. */
export function operationNameOf(payload: unknown): string | undefined {
  if (typeof payload !== 'object' || payload === null) return undefined;
  const { operationName, query } = payload as { operationName?: unknown; query?: unknown };
  if (typeof operationName === 'string' && OPERATION_NAME.test(operationName)) return operationName;
  if (typeof query === 'string') return FIRST_OPERATION.exec(query.slice(0, 2000))?.[2];
  return undefined;
}

const isHealth = (req: IncomingMessage) => /^\/health(\/|$|\?)/.test(req.url ?? '');

/**
 * One JSON line per HTTP request when its response ends: request id (also echoed in the
 * response's X-Request-Id), method, path, status, time, the viewer when known, the GraphQL
 * operation's name. Never headers, tokens, passwords or bodies. Health checks log only when
 * they fail, so that a load balancer's probes do not drown the rest.
 */
export function httpLogger(logger: Logger) {
  return pinoHttp<LoggedRequest, ServerResponse>({
    logger,
    wrapSerializers: false,
    genReqId: (req, res) => {
      const id = requestIdFrom(req);
      res.setHeader(REQUEST_ID_HEADER, id);
      return id;
    },
    serializers: {
      req: (req: LoggedRequest) => ({ method: req.method, path: loggablePath(req.originalUrl ?? req.url), address: req.ip ?? req.socket?.remoteAddress }),
      res: (res: ServerResponse) => ({ status: res.statusCode }),
    },
    customProps: (req) => {
      const viewerId = req[VIEWER] ?? req.concertationContext?.viewer?.userId;
      const operation = (req.originalUrl ?? req.url ?? '').startsWith('/graphql') ? operationNameOf(req.body) : undefined;
      return { reqId: req.id, ...(viewerId ? { viewerId } : {}), ...(operation ? { operation } : {}) };
    },
    customLogLevel: (req, res, err) => {
      if (isHealth(req)) return res.statusCode >= 500 ? 'warn' : 'silent';
      if (err || res.statusCode >= 500) return 'error';
      return res.statusCode >= 400 ? 'warn' : 'info';
    },
    customSuccessMessage: () => 'request completed',
    customErrorMessage: () => 'request failed',
    customAttributeKeys: { responseTime: 'ms' },
  });
}
