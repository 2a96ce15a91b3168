// The JSON Schemas (draft 2020-12) of the triage endpoints' answers, version 1. Published as
// `triageSchemas`; the tests validate every answer against them. A breaking change gets a new
// `version` and new `$id`s.

const base = 'https://errata.dev/schemas/triage/v1';
const time = { type: 'string', format: 'date-time' } as const;
const severity = { enum: ['low', 'medium', 'high'] } as const;
const code = { type: 'string', pattern: '^[A-Z][A-Z0-9_]*$' } as const;
const notes = {
  title: { type: 'string' },
  component: { type: 'string' },
  action: { type: 'string', description: "The catalog's remediation: what to do." },
  runbook: { type: 'string', format: 'uri' },
} as const;

const group = {
  type: 'object',
  additionalProperties: false,
  required: ['code', 'title', 'status', 'severity', 'count', 'distinctRequests', 'firstSeen', 'lastSeen', 'routes', 'component', 'action'],
  properties: {
    code,
    status: { type: 'integer', minimum: 400, maximum: 599 },
    severity,
    count: { type: 'integer', minimum: 1 },
    distinctRequests: { type: 'integer', minimum: 0, description: 'Distinct references: the user impact.' },
    firstSeen: time,
    lastSeen: time,
    routes: { type: 'array', maxItems: 20, items: { type: 'string' } },
    lastReference: { type: 'string', description: 'Only for operators.' },
    ...notes,
  },
} as const;

const cause = {
  type: 'object',
  required: ['name', 'message'],
  properties: { name: { type: 'string' }, message: { type: 'string' }, code: { type: 'string' } },
} as const;

export const triageSchemas = {
  list: {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: `${base}/errors.json`,
    title: 'Recent errors, grouped by catalog code (GET <errors>)',
    type: 'object',
    additionalProperties: false,
    required: ['version', 'generatedAt', 'groups'],
    properties: {
      version: { const: 1 },
      generatedAt: time,
      groups: { type: 'array', maxItems: 100, items: group },
      next: { type: 'string', description: 'Pass as `cursor` for the next page.' },
    },
  },
  event: {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: `${base}/error.json`,
    title: 'One error, by reference (GET <errors>/<reference>)',
    type: 'object',
    additionalProperties: false,
    required: ['version', 'error'],
    properties: {
      version: { const: 1 },
      error: {
        type: 'object',
        additionalProperties: false,
        required: ['reference', 'code', 'title', 'status', 'severity', 'time', 'component', 'action', 'format', 'name', 'message', 'causes', 'request'],
        properties: {
          reference: { type: 'string', pattern: '^[A-Za-z0-9._:-]{1,128}$' },
          code,
          status: { type: 'integer', minimum: 400, maximum: 599 },
          severity,
          time,
          route: { type: 'string' },
          format: { enum: ['html', 'json', 'text'] },
          name: { type: 'string' },
          message: { type: 'string', description: 'Redacted.' },
          stack: { type: 'string', description: 'Redacted.' },
          causes: { type: 'array', items: cause },
          request: {
            type: 'object',
            required: ['method', 'path', 'query', 'headers'],
            properties: { method: { type: 'string' }, path: { type: 'string' }, query: { type: 'object' }, headers: { type: 'object' } },
          },
          ...notes,
        },
      },
    },
  },
  audit: {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: `${base}/audit.json`,
    title: 'The audit log, newest first (GET <audit>)',
    type: 'object',
    additionalProperties: false,
    required: ['version', 'events'],
    properties: {
      version: { const: 1 },
      next: { type: 'string' },
      events: {
        type: 'array',
        items: {
          type: 'object',
          additionalProperties: false,
          required: ['type', 'action', 'outcome', 'client', 'time', 'traceId'],
          properties: {
            type: { const: 'audit' },
            action: { enum: ['errors.list', 'errors.lookup', 'audit.read', 'health.details', 'diagnostics.shown', 'details.exposure'] },
            outcome: { enum: ['allowed', 'denied', 'rate-limited', 'invalid', 'failed'] },
            reason: { type: 'string' },
            who: { type: 'string' },
            roles: { type: 'array', items: { enum: ['viewer', 'operator', 'auditor'] } },
            reference: { type: 'string' },
            query: { type: 'object', additionalProperties: { type: 'string' } },
            client: { type: 'string' },
            time,
            traceId: { type: 'string' },
          },
        },
      },
    },
  },
} as const;
