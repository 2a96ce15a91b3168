// The public API of @errata/server. Adapters are subpath exports (./express, ./fastify, ...).
export { createErrata } from './create-errata.js';
export { ErrataOptionsError } from './options.js';
export { ErrataError, isErrataError } from './errata-error.js';
export type { ErrataErrorConstructor, ErrataErrorOptions, KnownCode, Register, ValidationIssue } from './errata-error.js';
export type {
  AuthorizeResult,
  BannerOptions,
  BannerResult,
  CauseSummary,
  ClassifyResult,
  Errata,
  ErrataAuditEvent,
  ErrataErrorEvent,
  ErrataEvent,
  ErrataFailureEvent,
  ErrataObserver,
  ErrataOptions,
  ErrorResponse,
  BodyErrorParts,
  ErrorParts,
  HtmlErrorParts,
  LayoutCspDirective,
  PartsOptions,
  Format,
  LinkName,
  Mode,
  RequestLike,
  RequestSummary,
} from './types.js';
export { createStaticPages, formats, staticCodeFor } from './static-page.js';
export type { StaticPage, StaticPageRequest, StaticPages } from './static-page.js';
export { probeHeader } from './probe-header.js';
