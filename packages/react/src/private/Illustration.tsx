import type { ReactElement } from 'react';
import { DecorativeSvg } from './DecorativeSvg.js';
import * as styles from './illustration.css.js';

/** What the status illustration shows; pick the one closest to what the user can do. */
export const illustrationKinds = ['not-found', 'sign-in', 'forbidden', 'wait', 'maintenance', 'broken', 'dependency'] as const;
export type IllustrationKind = (typeof illustrationKinds)[number];

// Line drawings on a 96-unit grid, centred on a disc. No motion anywhere: nothing to reduce.
const glyphs: Record<IllustrationKind, ReactElement> = {
  'not-found': (
    <>
      <circle cx="43" cy="43" r="17" />
      <path d="m55.5 55.5 14 14" />
      <path d="M38 38.5a5 5 0 1 1 6.5 4.8c-1.2.4-1.5 1.2-1.5 2.2v1.5M43 51.5v.01" />
    </>
  ),
  'sign-in': (
    <>
      <rect x="30" y="44" width="36" height="26" rx="4" />
      <path d="M37 44v-7a11 11 0 0 1 22 0v7M48 54v6" />
    </>
  ),
  forbidden: (
    <>
      <circle cx="48" cy="48" r="20" />
      <path d="m34 62 28-28" />
    </>
  ),
  wait: (
    <>
      <path d="M35 26h26M35 70h26M38 26c0 12 20 14 20 22s-20 10-20 22M58 26c0 12-20 14-20 22s20 10 20 22" />
      <path d="M43 64h10" />
    </>
  ),
  maintenance: (
    <>
      <path d="M58.5 30.5a12 12 0 0 0-15.6 15.6L28 61a4.2 4.2 0 0 0 6 6l14.9-14.9a12 12 0 0 0 15.6-15.6l-7.3 7.3-5.3-.7-.7-5.3Z" />
    </>
  ),
  broken: (
    <>
      <path d="M44 36.5 38.5 31a10 10 0 0 0-14 14l5.5 5.5M52 59.5l5.5 5.5a10 10 0 0 0 14-14L66 45.5" />
      <path d="M42 28v-6M34 28l-4-4M68 68l4 4M62 68v6" />
    </>
  ),
  dependency: (
    <>
      <path d="M26 48h10M36 38v20h6a10 10 0 0 0 0-20ZM42 42h6M42 54h6" />
      <path d="M70 48h-8M62 40v16h-4a8 8 0 0 1 0-16Z" />
    </>
  ),
};

export function Illustration({ kind }: { readonly kind: IllustrationKind }) {
  return (
    <DecorativeSvg viewBox="0 0 96 96" className={styles.illustration}>
      <circle cx="48" cy="48" r="46" className={styles.backdrop} />
      {glyphs[kind] ?? glyphs.broken}
    </DecorativeSvg>
  );
}
