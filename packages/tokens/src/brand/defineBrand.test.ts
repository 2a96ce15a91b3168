import { describe, expect, test } from 'vitest';
import { BrandError, colourOf, contrastPairs, contrastRatio, defineBrand, exampleBrand, type BrandInput } from '../index.js';
import { contractProperties } from '../cssVarNames.js';

// Oracle written from the WCAG 2 definition, independent of culori, to build expected messages.
function wcag(fg: string, bg: string): number {
  const lum = (hex: string): number => {
    const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
  };
  const [a, b] = [lum(fg), lum(bg)].sort((x, y) => y - x);
  return (a! + 0.05) / (b! + 0.05);
}
const shown = (ratio: number): string => `${(Math.floor(ratio * 100) / 100).toFixed(2)}:1`;

const valid: BrandInput = {
  name: 'Acme Widgets',
  colors: { brand: '#1c2f5e', textOnBrand: '#ffffff', link: '#0b3f8f', focusRing: '#0b3f8f' },
};
const withColors = (colors: Partial<BrandInput['colors']>): BrandInput => ({ ...valid, colors: { ...valid.colors, ...colors } });

function refusal(input: unknown): BrandError {
  try {
    defineBrand(input as BrandInput);
  } catch (error) {
    expect(error).toBeInstanceOf(BrandError);
    return error as BrandError;
  }
  throw new Error('defineBrand accepted the brand');
}

describe('defineBrand contrast refusal', () => {
  test('names the text pair and the ratio found', () => {
    const error = refusal(withColors({ link: '#7fb3ff' }));
    const expected = `link (#7fb3ff) on background (#ffffff) has contrast ${shown(wcag('#7fb3ff', '#ffffff'))}; needs 4.5:1`;
    expect(error.problems).toContain(expected);
    expect(error.message).toContain(expected);
    // The same link is unreadable on the surface and on every banner too: all listed at once.
    expect(error.problems.filter((p) => p.startsWith('link (#7fb3ff)')).length).toBeGreaterThan(5);
  });

  test('refuses text on brand under 4.5:1', () => {
    const error = refusal(withColors({ brand: '#5a7bd6', textOnBrand: '#ffffff' }));
    expect(error.problems).toContain(`textOnBrand (#ffffff) on brand (#5a7bd6) has contrast ${shown(wcag('#ffffff', '#5a7bd6'))}; needs 4.5:1`);
  });

  test('refuses a focus ring under 3:1 against its background', () => {
    const error = refusal(withColors({ focusRing: '#b0c4ff' }));
    expect(error.problems).toContain(`focusRing (#b0c4ff) on background (#ffffff) has contrast ${shown(wcag('#b0c4ff', '#ffffff'))}; needs 3:1`);
  });

  test('refuses a border under 3:1', () => {
    const error = refusal(withColors({ border: '#d0d0d0' }));
    expect(error.problems).toContain(`border (#d0d0d0) on background (#ffffff) has contrast ${shown(wcag('#d0d0d0', '#ffffff'))}; needs 3:1`);
  });

  test('refuses a tone colour against its surface', () => {
    const error = refusal(withColors({ tones: { warning: { text: '#b08a2e' } } }));
    expect(error.problems).toContain(
      `tone.warning.text (#b08a2e) on tone.warning.surface (#fdf6e3) has contrast ${shown(wcag('#b08a2e', '#fdf6e3'))}; needs 4.5:1`,
    );
  });

  test('checks the dark palette against the dark theme and says so', () => {
    const error = refusal({ ...valid, darkColors: { brand: '#b9d0ff', textOnBrand: '#0f1a33', link: '#1f3f7a', focusRing: '#ffd866' } });
    expect(error.problems).toContain(`darkColors: link (#1f3f7a) on background (#14161a) has contrast ${shown(wcag('#1f3f7a', '#14161a'))}; needs 4.5:1`);
  });

  test('a pair just under the minimum is refused, just over accepted', () => {
    // #767676 on white is the classic 4.54:1; #777777 is 4.478:1, shown rounded down.
    expect(defineBrand(withColors({ mutedText: '#767676', surface: '#ffffff' })).css).toContain('--errata-color-muted-text:#767676;');
    expect(() => defineBrand(withColors({ mutedText: '#777777', surface: '#ffffff' }))).toThrow(
      /mutedText \(#777777\) on background \(#ffffff\) has contrast 4\.47:1/,
    );
  });
});

describe('defineBrand colour values', () => {
  test.each([
    'red;background:url(x)',
    'url(javascript:alert(1))',
    'expression(alert(1))',
    '#fff;}',
    'red}body{color:red',
    'red/**/',
    '"red"',
    "'red'",
    'red\nbackground:blue',
    'red !important',
    'var(--errata-color-text)',
    'currentColor',
    'inherit',
    'transparent',
    'rgba(0, 0, 0, 0.5)',
    'lab(50% 0 0)',
    'color(display-p3 1 0 0)',
    '#ggg',
    '',
    'rgb(0 0 0',
    'nosuchcolour',
  ])('refuses %j', (value) => {
    const error = refusal(withColors({ brand: value }));
    expect(error.problems.some((p) => p.startsWith('colors.brand: '))).toBe(true);
  });

  test.each([42, null, {}, ['#fff']])('refuses a non-string %j', (value) => {
    const error = refusal(withColors({ brand: value as unknown as string }));
    expect(error.problems.some((p) => p.startsWith('colors.brand: '))).toBe(true);
  });

  test.each([
    ['#1C2F5E', '#1c2f5e'],
    ['rgb(28, 47, 94)', '#1c2f5e'],
    ['rgb(28 47 94)', '#1c2f5e'],
    ['hsl(223, 54%, 24%)', '#1c2f5e'],
    ['navy', '#000080'],
  ])('accepts %s and writes it as hex', (value, hex) => {
    // hsl rounds to a neighbour of #1c2f5e; the point is that only hex reaches the CSS.
    const brand = defineBrand(withColors({ brand: value }));
    const written = /--errata-color-brand:(#[0-9a-f]{6});/.exec(brand.css)?.[1];
    expect(written).toMatch(/^#[0-9a-f]{6}$/);
    expect(contrastRatio(written!, hex)).toBeLessThan(1.05);
  });

  test('an unknown colour role is refused rather than ignored', () => {
    const error = refusal(withColors({ linkk: '#000000' } as Partial<BrandInput['colors']>));
    expect(error.problems.join('\n')).toMatch(/colors\.linkk: unknown colour role/);
  });

  test('a missing required colour is named', () => {
    const error = refusal({ name: 'X', colors: { brand: '#1c2f5e', textOnBrand: '#ffffff', link: '#0b3f8f' } });
    expect(error.problems).toContain('colors.focusRing: required');
  });
});

describe('defineBrand other fields', () => {
  const png = `data:image/png;base64,${btoa('\x89PNG\r\n\x1a\n\0\0\0\rIHDR')}`;
  const svg = (markup: string): string => `data:image/svg+xml,${encodeURIComponent(markup)}`;
  const logo = { src: png, alt: 'Acme', width: 40, height: 40 };

  test.each([
    ['no alt', { ...logo, alt: undefined }, /logo\.alt: required/],
    ['blank alt', { ...logo, alt: '   ' }, /logo\.alt: required/],
    ['remote src', { ...logo, src: 'https://cdn.example/logo.png' }, /logo\.src: must be data:image/],
    ['protocol-relative src', { ...logo, src: '//cdn.example/logo.png' }, /logo\.src: must be data:image/],
    ['javascript src', { ...logo, src: 'javascript:alert(1)' }, /logo\.src: must be data:image/],
    ['gif', { ...logo, src: 'data:image/gif;base64,R0lGODlhAQABAAAAACw=' }, /logo\.src: must be data:image/],
    ['fake png', { ...logo, src: `data:image/png;base64,${btoa('<svg></svg>')}` }, /not valid base64 PNG/],
    ['svg with script', { ...logo, src: svg('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>') }, /script/],
    ['svg with external image', { ...logo, src: svg('<svg><image href="https://x.example/a.png"/></svg>') }, /external references/],
    ['unencoded svg', { ...logo, src: 'data:image/svg+xml,<svg onload="alert(1)"></svg>' }, /percent-encoded/],
    ['zero size', { ...logo, width: 0 }, /logo\.width/],
  ])('refuses a logo with %s', (_label, badLogo, message) => {
    const error = refusal({ ...valid, logo: badLogo });
    expect(error.problems.join('\n')).toMatch(message);
  });

  test('accepts inline PNG and SVG logos and keeps them as given', () => {
    expect(defineBrand({ ...valid, logo }).logo).toEqual(logo);
    const inline = { ...logo, src: svg('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1 1"><use href="#a"/></svg>') };
    expect(defineBrand({ ...valid, logo: inline }).logo?.src).toBe(inline.src);
    const b64 = { ...logo, src: `data:image/svg+xml;base64,${btoa('<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"/>')}` };
    expect(defineBrand({ ...valid, logo: b64 }).logo?.src).toBe(b64.src);
  });

  test.each([
    ['font', 'Comic Sans; background:url(x)'],
    ['font', 'Arial'],
    ['font', 'url(https://fonts.example/x.woff2), sans-serif'],
    ['font', '"Inter, sans-serif'],
    ['headingFont', 'Georgia, serif /* x */'],
    ['radius', 100],
    ['radius', -1],
    ['radius', Number.NaN],
    ['radius', '8px'],
    ['homeHref', 'javascript:alert(1)'],
    ['homeHref', '//evil.example'],
    ['homeHref', '/\\evil.example'],
    ['homeHref', 'https://user:pass@evil.example'],
    ['homeHref', 'data:text/html,hi'],
    ['name', ''],
    ['name', 'x'.repeat(81)],
    ['name', 'Acme\n<script>'],
    ['slug', 'Not A Slug'],
  ])('refuses %s %j', (field, value) => {
    const error = refusal({ ...valid, [field]: value });
    expect(error.problems.some((p) => p.startsWith(`${field}: `))).toBe(true);
  });

  test('accepts a font stack of installed families ending in a generic family', () => {
    const brand = defineBrand({ ...valid, font: "'Trebuchet MS', Helvetica,  sans-serif", radius: 12, homeHref: 'https://acme.example/' });
    expect(brand.css).toContain('--errata-font-body:"Trebuchet MS", "Helvetica", sans-serif;');
    expect(brand.css).toContain('--errata-radius:12px;');
    expect(brand.homeHref).toBe('https://acme.example/');
  });

  test('lists every problem of a brand at once', () => {
    const error = refusal({
      name: '',
      colors: { brand: 'red;x', textOnBrand: '#fff', link: '#7fb3ff', focusRing: '#0b3f8f' },
      radius: 99,
      logo: { ...logo, alt: '' },
    });
    for (const start of ['name: ', 'colors.brand: ', 'link (#7fb3ff)', 'radius: ', 'logo.alt: ']) {
      expect(
        error.problems.some((p) => p.startsWith(start)),
        start,
      ).toBe(true);
    }
    for (const problem of error.problems) expect(error.message).toContain(problem);
  });

  test.each([null, undefined, 'acme', 42])('refuses %j as input with a BrandError', (input) => {
    expect(refusal(input).problems.length).toBeGreaterThan(0);
  });
});

describe('defineBrand result', () => {
  test('the class comes from the name, or from the slug; a name with no Latin letters still gets a stable class', () => {
    expect(defineBrand({ ...valid, name: 'Café Zürich & Co.' }).className).toBe('errata-brand-cafe-zurich-co');
    expect(defineBrand({ ...valid, slug: 'acme' }).className).toBe('errata-brand-acme');
    const kanji = defineBrand({ ...valid, name: '株式会社' }).className;
    expect(kanji).toMatch(/^errata-brand-b-[a-z0-9]+$/);
    expect(defineBrand({ ...valid, name: '株式会社' }).className).toBe(kanji);
  });

  test('a single dark palette makes a dark brand', () => {
    const night = defineBrand({
      ...valid,
      colors: {
        background: '#101418',
        surface: '#1a1f25',
        text: '#f0f2f5',
        mutedText: '#c8ccd2',
        border: '#8a919c',
        linkVisited: '#e0c4ff',
        brand: '#a9c8ff',
        textOnBrand: '#0b1422',
        link: '#9fd0ff',
        focusRing: '#ffd866',
        focusText: '#101418',
        tones: {
          info: { surface: '#13233a', text: '#d5e6ff', border: '#5f9be6', icon: '#7db0f2' },
          success: { surface: '#12291b', text: '#d2f2dc', border: '#4fae6e', icon: '#6cc487' },
          warning: { surface: '#2e2410', text: '#fbe9bf', border: '#c89a2e', icon: '#dcae45' },
          critical: { surface: '#35181a', text: '#ffd9d6', border: '#e0665e', icon: '#f08078' },
          degraded: { surface: '#261c36', text: '#e8dcff', border: '#a184d6', icon: '#b59ae6' },
        },
      },
    });
    expect(night.colorScheme).toBe('dark');
    expect(night.css.split('\n')[0]).toContain('{color-scheme:dark;');
  });

  test('the error message names the brand and counts the problems', () => {
    const error = refusal(withColors({ link: '#ffffff', focusRing: '#ffffff' }));
    expect(error.name).toBe('BrandError');
    expect(error.message.split('\n')[0]).toBe(`Brand "Acme Widgets" refused (${error.problems.length} problems):`);
  });
});

describe('brand css', () => {
  const declarations = (css: string): string[] => [...css.matchAll(/[{;]\s*([-a-z]+)\s*:/g)].map((m) => m[1]!);

  test('holds only contract custom properties and color-scheme', () => {
    const allowed = new Set([...contractProperties, 'color-scheme']);
    const props = declarations(exampleBrand.css);
    expect(props.length).toBeGreaterThan(contractProperties.length);
    for (const prop of props) expect(allowed.has(prop), prop).toBe(true);
  });

  test('the base rule sets every contract property', () => {
    const base = exampleBrand.css.split('\n')[0]!;
    expect(new Set(declarations(base))).toEqual(new Set([...contractProperties, 'color-scheme']));
  });

  test('selectors name only the brand class and theme classes, with dark values for dark and auto', () => {
    const selectors = [...exampleBrand.css.matchAll(/(?:^|[}\n{])([^{}@]+)\{/g)].map((m) => m[1]!.trim());
    for (const selector of selectors) {
      for (const part of selector.split(','))
        expect(part.trim()).toMatch(/^(\.errata-theme-(dark|auto|high-contrast)[ ]?)?\.errata-brand-northwind-transit(\.errata-brand-northwind-transit)?$/);
    }
    expect(exampleBrand.css).toContain('@media (prefers-color-scheme: dark){.errata-theme-auto.errata-brand-northwind-transit');
    expect(exampleBrand.css).toContain('.errata-theme-dark .errata-brand-northwind-transit{color-scheme:dark;');
  });

  test('a light-only brand has no dark rules and says so in colorScheme', () => {
    const brand = defineBrand(valid);
    expect(brand.colorScheme).toBe('light');
    expect(brand.css).not.toContain('errata-theme-dark');
    expect(brand.css).not.toContain('prefers-color-scheme');
  });

  test('a hostile value never reaches the css', () => {
    const attempt = { ...valid, colors: { ...valid.colors, brand: 'red;background:url(x)' } };
    expect(() => defineBrand(attempt)).toThrow(BrandError);
  });
});

describe('exampleBrand', () => {
  test('is a complete brand with a class, inline logo with alt, light and dark', () => {
    expect(exampleBrand.name).toBe('Northwind Transit');
    expect(exampleBrand.className).toBe('errata-brand-northwind-transit');
    expect(exampleBrand.colorScheme).toBe('light dark');
    expect(exampleBrand.logo?.alt).toBe('Northwind Transit');
    expect(exampleBrand.logo?.src).toMatch(/^data:image\/svg\+xml,/);
  });

  test.each(['colors', 'darkColors'] as const)('%s meet every pair minimum', (key) => {
    const values = exampleBrand.values[key];
    expect(values).toBeDefined();
    for (const pair of contrastPairs) {
      const fg = colourOf(values!, pair.fg);
      const bg = colourOf(values!, pair.bg);
      expect(wcag(fg, bg), `${pair.fg} ${fg} on ${pair.bg} ${bg}`).toBeGreaterThanOrEqual(pair.min);
    }
  });
});
