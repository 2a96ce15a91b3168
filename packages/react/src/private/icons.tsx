import type { ReactElement } from 'react';
import type { Tone } from '@errata/tokens';
import { DecorativeSvg } from './DecorativeSvg.js';
import { cx } from './cx.js';
import * as styles from './icons.css.js';

interface IconProps {
  readonly className?: string;
}

// Each tone has its own shape, so tone never rests on colour alone.
const toneGlyphs: Record<Tone, ReactElement> = {
  info: (
    <>
      <circle cx="12" cy="12" r="9.5" />
      <path d="M12 11v6M12 7.5v.01" />
    </>
  ),
  success: (
    <>
      <circle cx="12" cy="12" r="9.5" />
      <path d="m7.5 12.5 3 3 6-6.5" />
    </>
  ),
  warning: (
    <>
      <path d="M10.3 3.7 2.4 17.5A2 2 0 0 0 4.1 20.5h15.8a2 2 0 0 0 1.7-3L13.7 3.7a2 2 0 0 0-3.4 0Z" />
      <path d="M12 9v4.5M12 17v.01" />
    </>
  ),
  critical: (
    <>
      <path d="M8.1 2.5h7.8l5.6 5.6v7.8l-5.6 5.6H8.1l-5.6-5.6V8.1Z" />
      <path d="m9 9 6 6M15 9l-6 6" />
    </>
  ),
  degraded: (
    <>
      <path d="M3.5 17a9 9 0 1 1 17 0" />
      <path d="m12 14 4-5M3.5 17h17" />
    </>
  ),
};

/**
 * What a banner is about, when that is more than its tone: kinds that share a tone (read-only and
 * session warnings) still get their own shape, so two banners on one page look different.
 */
export const bannerKinds = ['read-only', 'session', 'maintenance'] as const;
export type BannerKind = (typeof bannerKinds)[number];
export type BannerIconName = Tone | BannerKind;

const kindGlyphs: Record<BannerKind, ReactElement> = {
  // A pencil struck through: you can look but not change.
  'read-only': (
    <>
      <path d="M14.5 5.5 18.5 9.5M4 20l1-4.5L15.5 5a2 2 0 0 1 3 0l.5.5a2 2 0 0 1 0 3L8.5 19Z" />
      <path d="M3 3l18 18" />
    </>
  ),
  // An hourglass: time is running out.
  session: (
    <>
      <path d="M6.5 3h11M6.5 21h11" />
      <path d="M8 3v2.5a4 4 0 0 0 1.6 3.2L12 10.5l2.4-1.8A4 4 0 0 0 16 5.5V3M8 21v-2.5a4 4 0 0 1 1.6-3.2l2.4-1.8 2.4 1.8a4 4 0 0 1 1.6 3.2V21" />
    </>
  ),
  // A wrench: planned work.
  maintenance: (
    <path d="M15 3.5a4.5 4.5 0 0 0-4.3 5.9L3.9 16.2a2 2 0 0 0 2.9 2.9l6.8-6.8A4.5 4.5 0 0 0 19.5 9l-2.7 2.7-2.9-.6-.6-2.9L16 5.5a4.5 4.5 0 0 0-1-.2Z" />
  ),
};

export function ToneIcon({ tone, className }: IconProps & { readonly tone: BannerIconName }) {
  const glyph = Object.hasOwn(kindGlyphs, tone) ? kindGlyphs[tone as BannerKind] : (toneGlyphs[tone as Tone] ?? toneGlyphs.info);
  return (
    <DecorativeSvg viewBox="0 0 24 24" className={cx(styles.icon, className)}>
      {glyph}
    </DecorativeSvg>
  );
}

/** Points forward in reading order (mirrored in right-to-left text). */
export function ForwardArrowIcon({ className }: IconProps) {
  return (
    <DecorativeSvg viewBox="0 0 24 24" className={cx(styles.icon, styles.directional, className)}>
      <path d="M5 12h14M13 6l6 6-6 6" />
    </DecorativeSvg>
  );
}

export function CloseIcon({ className }: IconProps) {
  return (
    <DecorativeSvg viewBox="0 0 24 24" className={cx(styles.icon, className)}>
      <path d="M6 6l12 12M18 6 6 18" />
    </DecorativeSvg>
  );
}

export function ClockIcon({ className }: IconProps) {
  return (
    <DecorativeSvg viewBox="0 0 24 24" className={cx(styles.icon, className)}>
      <circle cx="12" cy="12" r="9.5" />
      <path d="M12 7v5l3.5 2" />
    </DecorativeSvg>
  );
}
