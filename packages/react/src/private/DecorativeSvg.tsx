import type { ReactNode } from 'react';

export interface DecorativeSvgProps {
  readonly viewBox: string;
  readonly className?: string;
  /** In viewBox units. Default 2. */
  readonly strokeWidth?: number;
  readonly children: ReactNode;
}

/**
 * An inline SVG that carries no meaning of its own: hidden from assistive technology and out of
 * the tab order (`focusable` is for old Edge/IE, which made every inline SVG a tab stop).
 * Inline, so a failing service needs no extra request to draw it.
 */
export function DecorativeSvg({ viewBox, className, strokeWidth = 2, children }: DecorativeSvgProps) {
  return (
    <svg
      xmlns="http://www.w3.org/2000/svg"
      viewBox={viewBox}
      className={className}
      aria-hidden="true"
      focusable="false"
      fill="none"
      stroke="currentColor"
      strokeWidth={strokeWidth}
      strokeLinecap="round"
      strokeLinejoin="round"
    >
      {children}
    </svg>
  );
}
