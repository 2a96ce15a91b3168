import {
  bindTemplate,
  compileErrorFragment,
  errorPageFlags,
  errorPageParts,
  fragmentTitle,
  messageSlots,
  requestSlots,
  type CompiledErrorFragment,
  type ErrorPageSlot,
  type Filled,
  fillTemplate,
  type Template,
} from '@errata/react/template';
import type { FormattedMessage } from '@errata/catalog';
import type { BoundedMap3 } from '../caches.js';
import type { ResponseContext } from '../context.js';
import { contentSecurityPolicy } from '../headers.js';
import type { HtmlRenderer } from './html.js';

/** A compiled fragment shape, and its content template bound to the last message seen (as for pages). */
export interface CachedFragment {
  readonly compiled: CompiledErrorFragment;
  bound?: { readonly message: FormattedMessage; readonly template: Template<ErrorPageSlot> } | undefined;
}

/** One response's page parts, before the trace id and friends are joined in. */
export interface RenderedFragment {
  readonly content: Filled<ErrorPageSlot>;
  readonly head: Filled<ErrorPageSlot>;
  readonly styles: CompiledErrorFragment['styles'];
  /** The CSP for the content's styles (and a `data:` logo), before a layout widens it. */
  readonly csp: string;
  readonly title: string;
  readonly lang: string;
  readonly dir: 'ltr' | 'rtl';
  readonly nonce?: string | undefined;
}

export interface FragmentRenderer {
  render(ctx: ResponseContext): RenderedFragment;
}

/**
 * The page parts of a response (for a host's layout), through `@errata/react/template`: the same
 * props as the whole page (`HtmlRenderer.props`), compiled once per shape into the content and
 * head templates, per request only the values spliced in. Writes no markup of its own.
 */
export function createFragmentRenderer(html: HtmlRenderer, cache: BoundedMap3<CachedFragment>): FragmentRenderer {
  return {
    render(ctx) {
      const props = html.props(ctx);
      const { fixed, values, shape } = errorPageParts(props);
      const slotOptions = { supportReferenceParam: fixed.supportReferenceParam, traceId: values.traceId !== '' };
      // Validation errors make the shape per request (`errorPageFlags` is undefined): not cached.
      const flags = errorPageFlags(fixed, values);
      let cached = flags === undefined ? undefined : cache.get(ctx.code, values.message.locale, flags);
      if (cached === undefined) {
        const compiled = { compiled: compileErrorFragment(shape) };
        cached = flags === undefined ? compiled : cache.set(ctx.code, values.message.locale, flags, compiled);
      }
      let template: Template<ErrorPageSlot>;
      if (values.message === ctx.message && flags !== undefined) {
        if (cached.bound?.message !== ctx.message) {
          cached.bound = { message: ctx.message, template: bindTemplate(cached.compiled.content, messageSlots(ctx.message, props.links, slotOptions)) };
        }
        template = cached.bound.template;
      } else {
        template = bindTemplate(cached.compiled.content, messageSlots(values.message, props.links, slotOptions));
      }
      const slots = requestSlots(values);
      const sources = ctx.nonce ? [`'nonce-${ctx.nonce}'`] : cached.compiled.styles.map((s) => `'${s.hash}'`);
      return {
        content: fillTemplate(template, slots),
        head: fillTemplate(cached.compiled.head, slots),
        styles: cached.compiled.styles,
        csp: contentSecurityPolicy(sources, html.imgData),
        title: fragmentTitle(props),
        lang: values.message.locale,
        dir: values.message.dir,
        nonce: ctx.nonce,
      };
    },
  };
}
