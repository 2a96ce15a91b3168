import { defineBrand } from './defineBrand.js';

// A 32 px "N" on a rounded square; percent-encoded so it is a data URI with no request.
const logoSvg =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32" width="32" height="32">' +
  '<rect width="32" height="32" rx="8" fill="#0f5c4d"/>' +
  '<path d="M10 23V9l12 14V9" fill="none" stroke="#ffffff" stroke-width="3" stroke-linecap="round" stroke-linejoin="round"/>' +
  '</svg>';

/**
 * Northwind Transit, a fictional rail operator: the example brand shipped besides the default
 * theme, with a light and a dark palette that pass every check `defineBrand` makes.
 */
export const exampleBrand = defineBrand({
  name: 'Northwind Transit',
  homeHref: '/',
  colors: {
    brand: '#0f5c4d',
    textOnBrand: '#ffffff',
    link: '#0a5263',
    linkVisited: '#5a2a82',
    focusRing: '#0f5c4d',
    surface: '#f1f6f4',
    border: '#66736f',
  },
  darkColors: {
    brand: '#7fd6c2',
    textOnBrand: '#062620',
    link: '#8fd8f0',
    focusRing: '#f6c945',
    focusText: '#10100c',
    background: '#0f1715',
    surface: '#18221f',
  },
  font: '"Trebuchet MS", system-ui, sans-serif',
  radius: 10,
  logo: { src: `data:image/svg+xml,${encodeURIComponent(logoSvg)}`, alt: 'Northwind Transit', width: 32, height: 32 },
});
