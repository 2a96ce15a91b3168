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
      <circle cx="48" cy="48" r="22" />
      <path d="M48 34v14l9 6" />
    </>
  ),
  maintenance: (
    <>
      <path d="M58.5 30.5a12 12 0 0 0-15.6 15.6L28 61a4.2 4.2 0 0 0 6 6l14.9-14.9a12 12 0 0 0 15.6-15.6l-7.3 7.3-5.3-.7-.7-5.3Z" />
    </>
  ),
  broken: (
    <>
      <rect x="22" y="28" width="52" height="40" rx="4" />
      <path d="M22 37h52M28 32.5h.01M33 32.5h.01" />
      <path d="m50 37-5 9 7 5-6 8 2 9" />
    </>
  ),
  dependency: (
    <>
      <path d="M14 48h10M70 48h12M38 43h7M38 53h7M51 36l-2 4M51 60l-2-4M52 48h-3" />
      <rect x="24" y="38" width="14" height="20" rx="3" />
      <rect x="56" y="36" width="14" height="24" rx="3" />
    </>
  ),
};

export function Illustration({ kind }: { readonly kind: IllustrationKind }) {
  return (
    <DecorativeSvg viewBox="0 0 96 96" strokeWidth={2.5} className={styles.illustration}>
      <circle cx="48" cy="48" r="46" className={styles.backdrop} />
      {glyphs[kind] ?? glyphs.broken}
    </DecorativeSvg>
  );
}
