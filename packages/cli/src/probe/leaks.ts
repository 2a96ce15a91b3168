// What must never reach a client in an error response: signs of a stack trace, source paths,
// system error codes, database errors, keys, and headers that name the software and its version.
// Each sign says what to fix. The patterns are bounded (no nested quantifiers) and the body is
// capped before matching, so a huge response cannot make the probe slow.

export interface Leak {
  readonly problem: string;
  readonly fix: string;
}

const maxBody = 1_000_000;

const bodySigns: readonly { readonly pattern: RegExp; readonly problem: string; readonly fix: string }[] = [
  {
    pattern: /\bat (?:async )?[\w$.<>[\]]{1,200} \((?:\/|[A-Za-z]:\\|node:|file:)[^)\n]{0,500}:\d+:\d+\)|^\s{0,20}at (?:\/|node:|file:)[^\n]{0,500}:\d+:\d+$/m,
    problem: 'a JavaScript stack trace',
    fix: 'render errors with errata in production (NODE_ENV unset or production), never the stack',
  },
  { pattern: /Traceback \(most recent call last\)/, problem: 'a Python traceback', fix: 'turn debug mode off and answer with the error page' },
  { pattern: /\bat [\w$.]{1,300}\([\w$]{1,100}\.(?:java|kt|scala):\d+\)/, problem: 'a JVM stack trace', fix: 'answer with the error page, not the exception' },
  {
    pattern: /\b(?:TypeError|ReferenceError|SyntaxError|RangeError|EvalError|URIError|AssertionError): /,
    problem: "an exception's name and message",
    fix: 'show the catalog copy for 5xx errors; the message belongs in the logs',
  },
  {
    pattern: /\b(?:ECONNREFUSED|ECONNRESET|ETIMEDOUT|ENOTFOUND|EADDRINUSE|EACCES|ENOENT|EPIPE)\b/,
    problem: 'a system error code',
    fix: 'classify the failure (errata: DEPENDENCY_FAILED, UPSTREAM_TIMEOUT) and show its copy',
  },
  { pattern: /node_modules\//, problem: 'a node_modules path', fix: 'never send file paths to clients' },
  {
    pattern: /(?:^|[\s"'(])\/(?:home|srv|app|usr|var|opt|root|workspace|Users)\/[\w.@/-]{1,300}\.(?:[cm]?js|ts|py|rb|java|go|php)\b/,
    problem: 'a source file path',
    fix: 'never send file paths to clients',
  },
  {
    pattern: /\bSQLSTATE\b|syntax error at or near|\bORA-\d{5}\b|duplicate key value violates|SQLITE_ERROR/,
    problem: 'a database error',
    fix: 'map database failures to a catalog code; keep the query and its error in the logs',
  },
  {
    pattern: /-----BEGIN [A-Z ]{0,20}PRIVATE KEY-----|\bAKIA[0-9A-Z]{16}\b/,
    problem: 'a private key or cloud access key',
    fix: 'rotate the key, then find what put it in a response',
  },
];

/** Signs of internals in a response body. */
export function bodyLeaks(body: string): Leak[] {
  const text = body.length > maxBody ? body.slice(0, maxBody) : body;
  return bodySigns.filter((sign) => sign.pattern.test(text)).map(({ problem, fix }) => ({ problem: `the body shows ${problem}`, fix }));
}

/** Headers that name the software behind the response, or its version. */
export function headerLeaks(headers: Headers): Leak[] {
  const leaks: Leak[] = [];
  const powered = headers.get('x-powered-by');
  if (powered !== null) leaks.push({ problem: `X-Powered-By: ${powered.slice(0, 80)}`, fix: "remove it (Express: app.disable('x-powered-by'))" });
  const server = headers.get('server');
  if (server !== null && /\d+\.\d+/.test(server)) {
    leaks.push({ problem: `Server: ${server.slice(0, 80)} names a version`, fix: 'hide it: nginx server_tokens off; Apache ServerTokens Prod' });
  }
  for (const name of ['x-aspnet-version', 'x-aspnetmvc-version', 'x-runtime', 'x-debug-token']) {
    if (headers.get(name) !== null) leaks.push({ problem: `${name} header`, fix: 'remove it in production' });
  }
  return leaks;
}
