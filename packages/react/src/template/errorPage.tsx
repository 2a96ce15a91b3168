import type { ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { CatalogErrorDocument, type CatalogErrorDocumentProps } from '../CatalogErrorDocument/CatalogErrorDocument.js';
import { actionLabel, actionTarget, encodeQuery, stepLink, withReference } from '../CatalogErrorPage/pageFromCatalog.js';
import type { ValidationIssue } from '../CatalogErrorPage/CatalogErrorPage.js';
import type { FormattedMessageText, LinkKey } from '../private/contracts.js';
import { retryDatetime, type RetryNoticeProps } from '../RetryNotice/RetryNotice.js';
import { richTextHtml } from '../RichTextView/richTextHtml.js';
import { safeHref } from '../safeHref/safeHref.js';
import { escapeHtml } from './escape.js';
import { compileTemplate, sentinel, type Template } from './template.js';
import { sha256Source } from './hash.js';

// The fast path of `CatalogErrorDocument`. A server renders the same document for thousands of
// requests that differ only in a few values (the trace id, the request path, a retry time), so
// the document is rendered once per shape with sentinels in place of those values, and each
// request splices in exactly the escaped text React would have written there. Everything that
// decides the structure of the markup is in the shape; everything else is a slot value. A test
// holds `fill(compile(shape), slots(values))` equal to rendering the component with the same
// props, for every built-in code.

export type ErrorPageSlot =
  | 'title'
  | 'description'
  | 'alternative'
  | 'actionLabel'
  | 'retryText'
  | 'retryTime'
  | 'trace'
  | 'traceQuery'
  | 'diagnostics'
  | 'nonce'
  | 'path'
  | 'back'
  | `step${number}`;

type Message = FormattedMessageText;
type Links = Readonly<Partial<Record<LinkKey, string>>>;

/** The per-request props of a `CatalogErrorDocument`: they become slot values. */
export interface ErrorPageValues {
  /** The formatted message: its text fills slots, its locale, direction and field counts shape the page. */
  readonly message: Message;
  readonly traceId: string;
  /** The request's path, where "Try again" goes; a same-origin path or nothing. */
  readonly currentHref?: string | undefined;
  /** The page the person came from, where "Go back" goes; a same-origin path or nothing. */
  readonly backHref?: string | undefined;
  /**
   * Validation errors: per request and rare, so they are part of the shape (a page with errors
   * is compiled for that request alone, see `errorPageFlags`).
   */
  readonly errors?: readonly ValidationIssue[] | undefined;
  readonly retry?: RetryNoticeProps | undefined;
  /** Usually a `DiagnosticsPanel`; rendered per request (development or authorised only). */
  readonly diagnostics?: ReactNode;
  readonly nonce?: string | undefined;
}

/** The props that are the same for every request of a shape (configuration, entry, UI words). */
export type ErrorPageFixed = Omit<CatalogErrorDocumentProps, keyof ErrorPageValues>;

/** Everything that decides the markup's structure: one template per distinct shape. */
export interface ErrorPageShape extends ErrorPageFixed {
  readonly message: Pick<FormattedMessageText, 'code' | 'locale' | 'dir'> & {
    readonly steps: number;
    readonly alternative: boolean;
    /**
     * The first next step with a link (`linked`, -1 for none) and its link key, and whether it is
     * the page's button (`button`: its link has a target, see `mainActionStep`).
     */
    readonly action: { readonly linked: number; readonly tag: LinkKey | undefined; readonly button: boolean };
  };
  readonly traceId: boolean;
  readonly currentHref: boolean;
  readonly backHref: boolean;
  readonly errors: readonly ValidationIssue[] | false;
  /** `time`: the notice carries a `<time datetime>`; `plain`: words only; `false`: no notice. */
  readonly retry: 'time' | 'plain' | false;
  readonly diagnostics: boolean;
  readonly nonce: boolean;
}

export interface CompiledErrorPage {
  /** `<!DOCTYPE html>` and the document, with a slot for each per-request value. */
  readonly template: Template<ErrorPageSlot>;
  /** CSP `style-src` sources (`'sha256-…'`), one per `<style>` element, for hash mode. */
  readonly styleSources: readonly string[];
}

/** A same-origin path `safeHref` keeps as written: only then can it be spliced after `/`. */
function isSamePath(href: string | undefined): href is string {
  if (typeof href !== 'string') return false;
  // The common case needs no URL parse: such a path is one `safeHref` returns as it is.
  if (plainPath.test(href) && !href.includes('/.')) return true;
  return href.startsWith('/') && !href.startsWith('//') && safeHref(href) === href;
}
const plainPath = /^\/(?!\/)[A-Za-z0-9\-._~!$()*+,;=:@/]*$/;

/** What `ErrorPage` treats as content for a slot. */
function isPresent(node: ReactNode): boolean {
  return node !== undefined && node !== null && node !== false && node !== '';
}

function retryKind(retry: RetryNoticeProps | undefined): ErrorPageShape['retry'] {
  if (!retry || typeof retry.text !== 'string' || retry.text === '') return false;
  return retryTime(retry) === undefined ? 'plain' : 'time';
}

function retryTime(retry: RetryNoticeProps): string | undefined {
  return typeof retry.datetime === 'string' && retry.datetime !== '' ? retry.datetime : retryDatetime(retry.seconds, retry.at);
}

function stepsOf(message: Message): number {
  return Array.isArray(message.nextSteps) ? message.nextSteps.length : 0;
}

/**
 * Which step links, and whether it becomes the button, decided as `CatalogErrorPage` decides it
 * (`mainActionStep` over `actionLinks`): the first linking step is the button when its link has a
 * target `safeHref` keeps. Worked out for that one link (`actionTarget`) without building the links
 * per request: the request's own paths are same-origin already, the support link's reference only
 * appends a query, and a configured link is checked once per links object.
 */
function actionOf(fixed: Pick<ErrorPageFixed, 'links' | 'supportReferenceParam'>, values: ErrorPageValues): ErrorPageShape['message']['action'] {
  const steps = Array.isArray(values.message.nextSteps) ? values.message.nextSteps : [];
  let linked = -1;
  let tag: LinkKey | undefined;
  for (let i = 0; i < steps.length && tag === undefined; i++) {
    tag = stepLink(steps[i])?.tag;
    if (tag !== undefined) linked = i;
  }
  if (tag === undefined) return { linked, tag, button: false };
  const current = isSamePath(values.currentHref) ? values.currentHref : undefined;
  const back = isSamePath(values.backHref) ? values.backHref : undefined;
  const target = actionTarget(fixed.links, tag, current, back);
  const button = target !== undefined && (target === current || target === back || hasSafeTarget(fixed.links, tag));
  return { linked, tag, button };
}

const safeTargets = new WeakMap<object, Map<string, boolean>>();

/** Whether `links[tag]` is a target `safeHref` keeps; remembered per links object (fixed per server). */
function hasSafeTarget(links: ErrorPageFixed['links'], tag: LinkKey): boolean {
  let known = safeTargets.get(links);
  if (known === undefined) {
    known = new Map();
    safeTargets.set(links, known);
  }
  let safe = known.get(tag);
  if (safe === undefined) {
    safe = safeHref(Object.hasOwn(links, tag) ? links[tag] : undefined) !== undefined;
    known.set(tag, safe);
  }
  return safe;
}

/** The action as a small integer: which step links (0 for none) and whether it is the button. */
function actionFlags(action: ErrorPageShape['message']['action']): number {
  return (action.linked + 1) * 2 + (action.button ? 1 : 0);
}

function errorsOf(values: ErrorPageValues): readonly ValidationIssue[] | false {
  return Array.isArray(values.errors) && values.errors.length > 0 ? values.errors : false;
}

/** The shape of a page: the fixed props plus what the values decide about the structure. */
export function errorPageShape(fixed: ErrorPageFixed, values: ErrorPageValues): ErrorPageShape {
  const { message } = values;
  return {
    ...fixed,
    message: {
      code: message.code,
      locale: message.locale,
      dir: message.dir,
      steps: stepsOf(message),
      alternative: Boolean(message.alternative),
      action: actionOf(fixed, values),
    },
    traceId: typeof values.traceId === 'string' && values.traceId !== '',
    currentHref: isSamePath(values.currentHref),
    backHref: isSamePath(values.backHref),
    errors: errorsOf(values),
    retry: retryKind(values.retry),
    diagnostics: isPresent(values.diagnostics),
    nonce: values.nonce !== undefined,
  };
}

/**
 * What the values decide about the structure besides the message's code and locale, as a small
 * integer: with the same fixed props, the same (code, locale, flags) means the same shape, so a
 * caller can find its compiled page without building the shape (or a key string) per request.
 * `undefined` when the values carry validation errors: that page is compiled for its request
 * alone (not cached).
 */
export function errorPageFlags(fixed: Pick<ErrorPageFixed, 'links' | 'supportReferenceParam'>, values: ErrorPageValues): number | undefined {
  const { message } = values;
  if (errorsOf(values) !== false) return undefined;
  const retry = retryKind(values.retry);
  return (
    stepsOf(message) * 2 ** 20 +
    actionFlags(actionOf(fixed, values)) * 512 +
    (isSamePath(values.backHref) ? 256 : 0) +
    (message.alternative ? 1 : 0) +
    (values.traceId !== '' ? 2 : 0) +
    (isSamePath(values.currentHref) ? 4 : 0) +
    (retry === 'plain' ? 8 : retry === 'time' ? 16 : 0) +
    (isPresent(values.diagnostics) ? 32 : 0) +
    (values.nonce !== undefined ? 64 : 0) +
    (message.dir === 'rtl' ? 128 : 0)
  );
}

/** Split full props into the fixed part, the per-request values and the shape. */
export function errorPageParts(props: CatalogErrorDocumentProps): { fixed: ErrorPageFixed; values: ErrorPageValues; shape: ErrorPageShape } {
  const { message, traceId, currentHref, backHref, retry, diagnostics, errors, nonce, ...fixed } = props;
  const values: ErrorPageValues = { message, traceId, currentHref, backHref, retry, diagnostics, errors, nonce };
  return { fixed, values, shape: errorPageShape(fixed, values) };
}

const slot = (name: ErrorPageSlot) => sentinel(name);
/** The trace id as a support link carries it (`withReference`): percent-encoded. */
const encodedTrace = encodeQuery(slot('trace'));

/** Render the document once for a shape, with sentinels where the values go. */
export function compileErrorPage(shape: ErrorPageShape): CompiledErrorPage {
  const props = shapeProps(shape);
  const markup = slotMarkup(`<!DOCTYPE html>${renderToStaticMarkup(<CatalogErrorDocument {...props} />)}`);
  const styleSources = [...markup.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)].map((m) => `'${sha256Source(m[1] ?? '')}'`);
  return { template: compileTemplate<ErrorPageSlot>(markup), styleSources };
}

/**
 * Markup rendered from `shapeProps`, ready for `compileTemplate`: a support link carries the trace
 * id percent-encoded, and that spelling of the sentinel is its own slot (`traceQuery`).
 */
export function slotMarkup(markup: string): string {
  return markup.replaceAll(encodedTrace, slot('traceQuery'));
}

/** The props a shape renders with: sentinels in place of the per-request values. */
export function shapeProps(shape: ErrorPageShape): CatalogErrorDocumentProps {
  const { message, traceId, currentHref, backHref, retry, diagnostics, errors, nonce, ...fixed } = shape;
  const { action } = message;
  return {
    ...fixed,
    message: {
      code: message.code,
      locale: message.locale,
      dir: message.dir,
      title: slot('title'),
      description: [slot('description')],
      // The first linking step keeps a link part: as the button it gives the label and target;
      // when its link has no target it stays a bullet (its words are the step's slot), and its
      // empty link part tells the page that the steps link, so no fallback button is added.
      nextSteps: Array.from({ length: message.steps }, (_, i) =>
        i !== action.linked || !action.tag
          ? [slot(`step${i}`)]
          : action.button
            ? [{ tag: action.tag, children: slot('actionLabel') }]
            : [slot(`step${i}`), { tag: action.tag, children: '' }],
      ),
      ...(message.alternative ? { alternative: [slot('alternative')] } : {}),
    },
    traceId: traceId ? slot('trace') : '',
    ...(currentHref ? { currentHref: `/${slot('path')}` } : {}),
    ...(backHref ? { backHref: `/${slot('back')}` } : {}),
    ...(errors ? { errors } : {}),
    ...(retry === 'time' ? { retry: { text: slot('retryText'), datetime: slot('retryTime') } } : {}),
    ...(retry === 'plain' ? { retry: { text: slot('retryText') } } : {}),
    ...(diagnostics ? { diagnostics: slot('diagnostics') } : {}),
    ...(nonce ? { nonce: slot('nonce') } : {}),
  };
}

/**
 * The slots a message fills, escaped and with links through the same allow-list as
 * `RichTextView`: constant for a given message object, so a caller may bind them into the
 * template once (`bindTemplate`) and reuse the result.
 */
export function messageSlots(
  message: Pick<Message, 'locale' | 'title' | 'description' | 'nextSteps' | 'alternative'>,
  links: Links,
  options: MessageSlotOptions = {},
): Partial<Record<ErrorPageSlot, string>> {
  // Support links carry the per-request reference: the slot stays open in the bound template.
  const traced = options.traceId === false ? '' : slot('trace');
  const withRef: Links = { ...links, support: withReference(links.support, traced, options.supportReferenceParam) };
  const html = (text: Message['description'] | undefined) => richTextHtml(text, withRef).replaceAll(encodedTrace, slot('traceQuery'));
  const slots: Partial<Record<ErrorPageSlot, string>> = {
    title: escapeHtml(typeof message.title === 'string' ? message.title : ''),
    description: html(message.description),
  };
  if (message.alternative) slots.alternative = html(message.alternative);
  const steps = Array.isArray(message.nextSteps) ? message.nextSteps : [];
  for (let i = 0; i < steps.length; i++) slots[`step${i}`] = html(steps[i]);
  const label = steps.map(stepLink).find((part) => part !== undefined);
  if (label) slots.actionLabel = escapeHtml(actionLabel(label.children, typeof message.locale === 'string' ? message.locale : 'en'));
  return slots;
}

export interface MessageSlotOptions {
  /** `CatalogErrorPage`'s `supportReferenceParam`. */
  readonly supportReferenceParam?: string | undefined;
  /** `false` when the page has no trace id (then support links carry none). Default: it has one. */
  readonly traceId?: boolean;
}

/** Characters `encodeQuery` and `escapeHtml` both leave as they are. */
const unreserved = /^[A-Za-z0-9_.~-]*$/;

/** The slots that change per request (everything but the message). */
export function requestSlots(values: Omit<ErrorPageValues, 'message'>): Partial<Record<ErrorPageSlot, string>> {
  const trace = escapeHtml(values.traceId);
  // Trace ids are nearly always hex, which neither percent-encoding nor escaping changes.
  const traceQuery = unreserved.test(values.traceId) ? trace : escapeHtml(encodeQuery(values.traceId));
  const slots: Partial<Record<ErrorPageSlot, string>> = { trace, traceQuery };
  if (isSamePath(values.currentHref)) slots.path = escapeHtml(values.currentHref.slice(1));
  if (isSamePath(values.backHref)) slots.back = escapeHtml(values.backHref.slice(1));
  if (values.retry && retryKind(values.retry) !== false) {
    slots.retryText = escapeHtml(values.retry.text);
    const time = retryTime(values.retry);
    if (time !== undefined) slots.retryTime = escapeHtml(time);
  }
  if (isPresent(values.diagnostics)) slots.diagnostics = renderToStaticMarkup(values.diagnostics);
  if (values.nonce !== undefined) slots.nonce = escapeHtml(values.nonce);
  return slots;
}

/** Every slot value for one request. */
export function errorPageSlots(
  values: ErrorPageValues,
  links: Links,
  options: Omit<MessageSlotOptions, 'traceId'> = {},
): Partial<Record<ErrorPageSlot, string>> {
  const request = requestSlots(values);
  const message = messageSlots(values.message, links, { ...options, traceId: values.traceId !== '' });
  // A support link in the message holds the reference's own slot, which binding would open up
  // (`bindTemplate`); a one-shot fill has to put the value in itself.
  for (const [name, markup] of Object.entries(message) as [ErrorPageSlot, string][]) {
    message[name] = markup.replaceAll(slot('traceQuery'), request.traceQuery ?? '');
  }
  return { ...message, ...request };
}
