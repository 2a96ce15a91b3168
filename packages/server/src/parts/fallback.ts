import { bindTemplate, compileErrorFragment, errorPageParts, escapeHtml, fillTemplate, filledText, fragmentTitle, messageSlots } from '@errata/react/template';
import type { ResponseContext } from '../context.js';
import type { HtmlRenderer } from '../render/html.js';
import { widenCsp } from './csp.js';
import type { FallbackParts } from './run.js';

/**
 * The parts of the fallback page (what a host's layout wraps when errata itself failed): the
 * catalog's INTERNAL content, rendered by the components once at start-up; per request only the
 * escaped trace id is spliced in, as for the fallback page (render/fallback.ts).
 */
export function createFallbackParts(html: HtmlRenderer, ctx: ResponseContext): FallbackParts {
  const props = html.props({ ...ctx, diagnostics: undefined, nonce: undefined, retryAfter: undefined, path: '/' });
  const { shape, values } = errorPageParts(props);
  const compiled = compileErrorFragment(shape);
  const content = bindTemplate(compiled.content, { ...messageSlots(values.message, props.links), path: '' });
  const fixed = {
    format: 'html' as const,
    code: ctx.code,
    title: fragmentTitle(props),
    lang: values.message.locale,
    dir: values.message.dir,
    head: filledText(fillTemplate(compiled.head, {})),
    styles: compiled.styles,
  };
  return {
    parts(traceId, headers, extra) {
      const { 'content-length': _length, ...rest } = headers;
      const csp = rest['content-security-policy'];
      const safeId = traceId.replace(/[^\w.:-]/g, '');
      return {
        ...fixed,
        status: 500,
        headers: csp === undefined ? rest : { ...rest, 'content-security-policy': widenCsp(csp, extra) },
        traceId: safeId,
        content: filledText(fillTemplate(content, { trace: escapeHtml(safeId) })),
      };
    },
  };
}
