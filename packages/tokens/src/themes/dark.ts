import type { ThemeValues } from '../themeTypes.js';
import { foundation } from './foundation.js';

/** Dark surfaces, light text; tone surfaces are dark tints so text keeps 7:1. */
export const dark: ThemeValues = {
  ...foundation,
  colorScheme: 'dark',
  color: {
    text: '#eef0f3',
    mutedText: '#c3c7ce',
    background: '#14161a',
    surface: '#1e2127',
    border: '#878e9a',
    link: '#a8cbff',
    linkVisited: '#dcbcff',
    focusRing: '#ffd866',
    focusText: '#14161a',
    brand: '#b9d0ff',
    textOnBrand: '#0f1a33',
  },
  tone: {
    info: { surface: '#13233a', border: '#5f9be6', text: '#d5e6ff', icon: '#7db0f2' },
    success: { surface: '#12291b', border: '#4fae6e', text: '#d2f2dc', icon: '#6cc487' },
    warning: { surface: '#2e2410', border: '#c89a2e', text: '#fbe9bf', icon: '#dcae45' },
    critical: { surface: '#35181a', border: '#e0665e', text: '#ffd9d6', icon: '#f08078' },
    degraded: { surface: '#261c36', border: '#a184d6', text: '#e8dcff', icon: '#b59ae6' },
  },
};
