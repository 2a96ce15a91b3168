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

export function ToneIcon({ tone, className }: IconProps & { readonly tone: Tone }) {
  return (
    <DecorativeSvg viewBox="0 0 24 24" className={cx(styles.icon, className)}>
      {toneGlyphs[tone]}
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
