import type { ThemeValues } from '../themeTypes.js';
import { foundation } from './foundation.js';

/** The default theme. Every text colour reaches 7:1 on every surface it is used on. */
export const light: ThemeValues = {
  ...foundation,
  colorScheme: 'light',
  color: {
    text: '#1a1c20',
    mutedText: '#40444c',
    background: '#ffffff',
    surface: '#f4f5f7',
    border: '#737985',
    link: '#0b3f8f',
    linkVisited: '#5a2a82',
    focusRing: '#0b3f8f',
    focusText: '#ffffff',
    brand: '#1c2f5e',
    textOnBrand: '#ffffff',
  },
  tone: {
    info: { surface: '#eef4fc', border: '#2f6bc2', text: '#0e2b57', icon: '#2460b3' },
    success: { surface: '#edf7f0', border: '#2d7d46', text: '#0f3a1d', icon: '#23703b' },
    warning: { surface: '#fdf6e3', border: '#946200', text: '#402a00', icon: '#8a5b00' },
    critical: { surface: '#fdf0ef', border: '#c0362c', text: '#5e120c', icon: '#b3261e' },
    degraded: { surface: '#f6f1fb', border: '#7a4fb8', text: '#37195f', icon: '#6d41ad' },
  },
};
