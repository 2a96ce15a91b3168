import type { ThemeValues } from '../themeTypes.js';
import { foundation } from './foundation.js';

const tone = { surface: '#ffffff', border: '#000000', text: '#000000', icon: '#000000' } as const;

/**
 * Black on white with thick borders and a thicker focus ring. Tones are told apart by their
 * icon and words, not by tint.
 */
export const highContrast: ThemeValues = {
  ...foundation,
  colorScheme: 'light',
  color: {
    text: '#000000',
    mutedText: '#000000',
    background: '#ffffff',
    surface: '#ffffff',
    border: '#000000',
    link: '#0000c8',
    linkVisited: '#4b0082',
    focusRing: '#000000',
    focusText: '#ffffff',
    brand: '#000000',
    textOnBrand: '#ffffff',
  },
  tone: { info: tone, success: tone, warning: tone, critical: tone, degraded: tone },
  borderWidth: 3,
  focusRingWidth: 5,
};
