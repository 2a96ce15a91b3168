import type { Meta, StoryObj } from '@storybook/react-vite';
import type { CSSProperties } from 'react';
import { exampleBrand } from './brand/exampleBrand.js';
import { contrastRatio, formatRatio } from './contrast.js';
import { colourOf, contrastPairs, type ContrastPair } from './contrastPairs.js';
import { themeValues } from './themes/themeValues.js';
import type { ColourToken, ThemeValues } from './themeTypes.js';
import { vars } from './vars.css.js';

/**
 * Every colour pair the components paint, in every built-in theme and the example brand, with
 * the ratio measured from the raw values (the same numbers the unit tests and `defineBrand`
 * use). Built-in themes promise 7:1 for text (WCAG AAA); a brand must reach 4.5:1 (AA).
 */
interface Palette {
  readonly id: string;
  readonly title: string;
  readonly values: ThemeValues;
  /** Which minimum applies: built-in themes meet the enhanced one. */
  readonly duty: 'enhanced' | 'min';
}

const builtIn: readonly Palette[] = [
  { id: 'light', title: 'Light theme', values: themeValues.light, duty: 'enhanced' },
  { id: 'dark', title: 'Dark theme', values: themeValues.dark, duty: 'enhanced' },
  { id: 'high-contrast', title: 'High contrast theme', values: themeValues['high-contrast'], duty: 'enhanced' },
];
const brand: readonly Palette[] = [
  { id: 'brand-light', title: `${exampleBrand.name} brand, light`, values: exampleBrand.values.colors, duty: 'min' },
  ...(exampleBrand.values.darkColors
    ? [{ id: 'brand-dark', title: `${exampleBrand.name} brand, dark`, values: exampleBrand.values.darkColors, duty: 'min' } as const]
    : []),
];

/** `link`, `tone.info.text`: with break points after the dots so narrow screens wrap cleanly. */
function TokenName({ token }: { token: ColourToken }) {
  const parts = (token.startsWith('color.') ? token.slice('color.'.length) : token).split('.');
  return (
    <code style={code}>
      {parts.map((part, i) => (
        <span key={i}>
          {i > 0 ? '.' : ''}
          {i > 0 ? <wbr /> : null}
          {part}
        </span>
      ))}
    </code>
  );
}

const cell: CSSProperties = {
  padding: vars.space.xsmall,
  borderBlockEnd: `1px solid ${vars.color.border}`,
  textAlign: 'start',
  verticalAlign: 'middle',
};
const code: CSSProperties = { fontFamily: vars.font.mono };
const note: CSSProperties = { display: 'block', fontSize: vars.fontSize.small, color: vars.color.mutedText };

/** The pair as it looks: sample letters for text, a ring for borders, icons and focus. */
function Swatch({ pair, fg, bg }: { pair: ContrastPair; fg: string; bg: string }) {
  const frame: CSSProperties = { display: 'inline-block', backgroundColor: bg, outline: `1px solid ${vars.color.border}`, borderRadius: 4 };
  if (pair.kind === 'text') {
    return (
      <span aria-hidden="true" style={{ ...frame, color: fg, padding: '0.25rem 0.5rem', whiteSpace: 'nowrap' }}>
        Aa
      </span>
    );
  }
  return (
    <span aria-hidden="true" style={{ ...frame, padding: '0.375rem 0.5rem' }}>
      <span style={{ display: 'block', inlineSize: '2.5rem', blockSize: '0.75rem', border: `3px solid ${fg}`, borderRadius: 2 }} />
    </span>
  );
}

function ContrastTable({ palette }: { palette: Palette }) {
  const captionId = `contrast-${palette.id}`;
  const rows = contrastPairs.map((pair) => {
    const fg = colourOf(palette.values, pair.fg);
    const bg = colourOf(palette.values, pair.bg);
    const ratio = contrastRatio(fg, bg);
    const needed = palette.duty === 'enhanced' ? pair.enhanced : pair.min;
    return { pair, fg, bg, ratio, needed, pass: ratio >= needed };
  });
  const passed = rows.filter((r) => r.pass).length;
  return (
    // A wide table scrolls inside its own focusable region, so a 320 px page never scrolls sideways.
    <div role="region" aria-labelledby={captionId} tabIndex={0} style={{ maxInlineSize: '100%', overflowX: 'auto', marginBlockEnd: vars.space.xlarge }}>
      <table style={{ borderCollapse: 'collapse', fontSize: vars.fontSize.small, lineHeight: vars.lineHeight.body }}>
        <caption id={captionId} style={{ textAlign: 'start', fontSize: vars.fontSize.large, fontWeight: 700, paddingBlockEnd: vars.space.small }}>
          {palette.title}: {passed} of {rows.length} pairs pass
        </caption>
        <thead>
          <tr>
            <th scope="col" style={cell}>
              Pair
            </th>
            <th scope="col" style={cell}>
              Sample
            </th>
            <th scope="col" style={cell}>
              Ratio
            </th>
            <th scope="col" style={cell}>
              Result
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ pair, fg, bg, ratio, needed, pass }) => (
            <tr key={`${pair.fg} ${pair.bg}`}>
              <th scope="row" style={{ ...cell, fontWeight: 400 }}>
                <TokenName token={pair.fg} /> on <TokenName token={pair.bg} />
                <span style={note}>{pair.usage}</span>
              </th>
              <td style={cell}>
                <Swatch pair={pair} fg={fg} bg={bg} />
                <span style={{ ...note, ...code }}>
                  {fg} on {bg}
                </span>
              </td>
              <td style={{ ...cell, fontVariantNumeric: 'tabular-nums' }}>
                {formatRatio(ratio)}
                <span style={note}>
                  needs {needed}:1{pair.kind === 'text' ? '' : ', non-text'}
                </span>
              </td>
              <td style={{ ...cell, fontWeight: 700 }}>
                <span aria-hidden="true">{pass ? '✓ ' : '✗ '}</span>
                {pass ? 'Pass' : 'Fail'}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function ColourPairs({ palettes }: { palettes: readonly Palette[] }) {
  return (
    <div style={{ fontFamily: vars.font.body, color: vars.color.text, maxInlineSize: '100%' }}>
      <p style={{ marginBlockStart: 0, maxInlineSize: vars.measure }}>
        Each row is a foreground and background pair a component paints. Built-in themes need 7:1 for text (WCAG AAA) and 3:1 for borders, icons and the focus
        ring; a brand needs 4.5:1 for text and 3:1 for the rest, and <code style={code}>defineBrand</code> refuses it otherwise.
      </p>
      {palettes.map((palette) => (
        <ContrastTable key={palette.id} palette={palette} />
      ))}
    </div>
  );
}

const meta = {
  title: 'Foundations/Colours',
  component: ColourPairs,
  args: { palettes: [...builtIn, ...brand] },
  argTypes: { palettes: { control: false } },
} satisfies Meta<typeof ColourPairs>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Every built-in theme and the example brand. */
export const AllThemes: Story = {};
export const Light: Story = { args: { palettes: [builtIn[0]!] } };
export const Dark: Story = { args: { palettes: [builtIn[1]!] } };
export const HighContrast: Story = { args: { palettes: [builtIn[2]!] } };
export const ExampleBrand: Story = { args: { palettes: brand } };
