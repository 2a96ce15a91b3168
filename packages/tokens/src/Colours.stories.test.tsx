import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, test } from 'vitest';
import meta, { AllThemes, ExampleBrand } from './Colours.stories.js';
import { contrastPairs, exampleBrand, themeValues } from './index.js';

// The Foundations/Colours story is the designers' view of the contrast duties: it must list
// every pair of every palette, as an accessible table, and agree with the unit tests.
describe('Foundations/Colours', () => {
  const Component = meta.component;
  const html = renderToStaticMarkup(<Component {...meta.args} {...AllThemes.args} />);
  const tables = html.split('<table').slice(1);

  test('has one captioned table per built-in theme and per example-brand palette', () => {
    const palettes = Object.keys(themeValues).length + (exampleBrand.values.darkColors ? 2 : 1);
    expect(tables).toHaveLength(palettes);
    const n = contrastPairs.length;
    for (const table of tables) expect(table).toMatch(new RegExp(`<caption[^>]*>[^<]+: ${n} of ${n} pairs pass</caption>`));
  });

  test('every pair is a row with a row header, and column headers are scoped', () => {
    for (const table of tables) {
      expect(table.match(/<th scope="row"/g)).toHaveLength(contrastPairs.length);
      expect(table.match(/<th scope="col"/g)?.length).toBeGreaterThanOrEqual(4);
    }
  });

  test('no pair fails', () => {
    expect(html).not.toContain('Fail');
  });

  test('the brand story shows the brand palettes', () => {
    const brandHtml = renderToStaticMarkup(<Component {...meta.args} {...ExampleBrand.args} />);
    expect(brandHtml).toContain(`${exampleBrand.name} brand, light`);
    expect(brandHtml).toContain(exampleBrand.values.colors.color.brand);
  });
});
