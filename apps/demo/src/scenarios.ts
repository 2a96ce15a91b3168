/** Every scenario the index lists: a page for people and an API twin answering problem+json. */
export interface Scenario {
  readonly id: string;
  readonly label: string;
  readonly description: string;
  readonly path: string;
  readonly apiPath: string;
  /** What the scenario answers: an error status, or 200 for a page that fails only on bad input. */
  readonly status: number;
  readonly code: string;
}

export const scenarios: readonly Scenario[] = [
  {
    id: 'not-found',
    label: 'Not found',
    description: 'A link to a page that does not exist.',
    path: '/no-such-page',
    apiPath: '/api/no-such-resource',
    status: 404,
    code: 'NOT_FOUND',
  },
  {
    id: 'session-expired',
    label: 'Session expired',
    description: 'Signed-in work after the session has timed out.',
    path: '/session-expired',
    apiPath: '/api/session-expired',
    status: 401,
    code: 'SESSION_EXPIRED',
  },
  {
    id: 'forbidden',
    label: 'Forbidden',
    description: 'A page the signed-in user may not see.',
    path: '/forbidden',
    apiPath: '/api/forbidden',
    status: 403,
    code: 'FORBIDDEN',
  },
  {
    id: 'validation',
    label: 'Validation failure',
    description: 'A form that says what to fix, next to each field.',
    path: '/account/email',
    apiPath: '/api/account/email?name=Ada+Lovelace&email=not-an-address',
    status: 422,
    code: 'VALIDATION_FAILED',
  },
  {
    id: 'rate-limited',
    label: 'Rate limited',
    description: 'A real limiter: 5 requests per 10 seconds, then a 429 with the real wait.',
    path: '/rate-limited',
    apiPath: '/api/rate-limited',
    status: 429,
    code: 'RATE_LIMITED',
  },
  {
    id: 'maintenance',
    label: 'Maintenance',
    description: 'Planned downtime with a return time.',
    path: '/maintenance',
    apiPath: '/api/maintenance',
    status: 503,
    code: 'MAINTENANCE',
  },
  {
    id: 'internal-error',
    label: 'Internal error',
    description: 'A bug in our code; nothing internal reaches the page.',
    path: '/internal-error',
    apiPath: '/api/internal-error',
    status: 500,
    code: 'INTERNAL',
  },
  {
    id: 'upstream-down',
    label: 'Upstream down',
    description: 'A dependency that refuses connections, after retries.',
    path: '/upstream-down',
    apiPath: '/api/upstream-down',
    status: 502,
    code: 'DEPENDENCY_FAILED',
  },
  {
    id: 'upstream-timeout',
    label: 'Upstream timeout',
    description: 'A dependency slower than our timeout.',
    path: '/upstream-timeout',
    apiPath: '/api/upstream-timeout',
    status: 504,
    code: 'UPSTREAM_TIMEOUT',
  },
];
