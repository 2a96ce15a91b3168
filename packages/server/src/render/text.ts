import type { Diagnostics } from '../diagnostics/collect.js';
import type { ResponseContext } from '../context.js';
import { plainText } from './plain-text.js';

/** Plain text for terminals: what happened, what to do, the reference. */
export function renderText(ctx: ResponseContext): string {
  const lines = [ctx.message.title, '', ctx.exposedMessage ?? plainText(ctx.message.description)];
  if (ctx.errors?.length) {
    lines.push('');
    for (const e of ctx.errors) lines.push(`- ${e.path ? `${e.path}: ` : ''}${e.message}`);
  }
  if (ctx.message.nextSteps.length) {
    lines.push('');
    for (const step of ctx.message.nextSteps) lines.push(`- ${plainText(step)}`);
  }
  if (ctx.message.alternative) lines.push('', plainText(ctx.message.alternative));
  if (ctx.retryAfter) lines.push('', `Retry-After: ${ctx.retryAfter.header}`);
  // A static page (static-page.ts) may have no reference.
  if (ctx.traceId) lines.push('', `${ctx.ui.reference}: ${ctx.traceId}`);
  if (ctx.diagnostics) lines.push('', diagnosticsText(ctx.diagnostics));
  return `${lines.join('\n')}\n`;
}

function diagnosticsText(d: Diagnostics): string {
  const lines = ['--- diagnostics ---', `${d.name}: ${d.message}`];
  if (d.stack) lines.push(d.stack);
  for (const cause of d.causes) lines.push(`caused by ${cause.name}: ${cause.message}`);
  lines.push(`${d.request.method} ${d.request.path}`);
  return lines.join('\n');
}
