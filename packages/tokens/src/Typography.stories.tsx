import type { Meta, StoryObj } from '@storybook/react-vite';
import type { CSSProperties } from 'react';
import { vars } from './vars.css.js';

/**
 * The type scale, spacing scale, radius, border and focus-ring widths of the theme in the
 * toolbar, drawn from the custom properties themselves, so what you see is what components get.
 */
const cell: CSSProperties = {
  padding: `${vars.space.xsmall} ${vars.space.small}`,
  borderBlockEnd: `1px solid ${vars.color.border}`,
  textAlign: 'start',
  verticalAlign: 'middle',
};
const code: CSSProperties = { fontFamily: vars.font.mono };
const caption: CSSProperties = { textAlign: 'start', fontSize: vars.fontSize.large, fontWeight: 700, paddingBlockEnd: vars.space.small };

const fontSizes = ['display', 'heading', 'large', 'body', 'small'] as const;
const spaces = ['xsmall', 'small', 'medium', 'large', 'xlarge'] as const;

const custom = (ref: string): string => ref.slice(4, -1);

function Scale({ sample }: { sample: string }) {
  return (
    <div style={{ fontFamily: vars.font.body, color: vars.color.text, lineHeight: vars.lineHeight.body, maxInlineSize: '100%', overflowWrap: 'anywhere' }}>
      <table style={{ borderCollapse: 'collapse', marginBlockEnd: vars.space.xlarge, inlineSize: '100%' }}>
        <caption style={caption}>Type scale</caption>
        <thead>
          <tr>
            <th scope="col" style={cell}>
              Token
            </th>
            <th scope="col" style={cell}>
              Sample
            </th>
          </tr>
        </thead>
        <tbody>
          {fontSizes.map((size) => (
            <tr key={size}>
              <th scope="row" style={{ ...cell, fontWeight: 400 }}>
                <code style={code}>{custom(vars.fontSize[size])}</code>
              </th>
              <td
                style={{
                  ...cell,
                  fontSize: vars.fontSize[size],
                  lineHeight: size === 'display' || size === 'heading' ? vars.lineHeight.heading : vars.lineHeight.body,
                }}
              >
                {sample}
              </td>
            </tr>
          ))}
          <tr>
            <th scope="row" style={{ ...cell, fontWeight: 400 }}>
              <code style={code}>{custom(vars.font.mono)}</code>
            </th>
            <td style={{ ...cell, fontFamily: vars.font.mono }}>4bf92f3577b34da6a3ce929d0e0e4736</td>
          </tr>
        </tbody>
      </table>

      <table style={{ borderCollapse: 'collapse', inlineSize: '100%' }}>
        <caption style={caption}>Spacing, radius, borders and focus</caption>
        <thead>
          <tr>
            <th scope="col" style={cell}>
              Token
            </th>
            <th scope="col" style={cell}>
              Shown as
            </th>
          </tr>
        </thead>
        <tbody>
          {spaces.map((space) => (
            <tr key={space}>
              <th scope="row" style={{ ...cell, fontWeight: 400 }}>
                <code style={code}>{custom(vars.space[space])}</code>
              </th>
              <td style={cell}>
                <span aria-hidden="true" style={{ display: 'block', inlineSize: vars.space[space], blockSize: '1rem', backgroundColor: vars.color.text }} />
              </td>
            </tr>
          ))}
          <tr>
            <th scope="row" style={{ ...cell, fontWeight: 400 }}>
              <code style={code}>{custom(vars.radius)}</code>, <code style={code}>{custom(vars.borderWidth)}</code>
            </th>
            <td style={cell}>
              <span
                aria-hidden="true"
                style={{
                  display: 'block',
                  inlineSize: '6rem',
                  blockSize: '2.5rem',
                  borderRadius: vars.radius,
                  border: `${vars.borderWidth} solid ${vars.color.border}`,
                  backgroundColor: vars.color.surface,
                }}
              />
            </td>
          </tr>
          <tr>
            <th scope="row" style={{ ...cell, fontWeight: 400 }}>
              <code style={code}>{custom(vars.focusRingWidth)}</code>
            </th>
            <td style={cell}>
              <span
                aria-hidden="true"
                style={{
                  display: 'inline-block',
                  margin: '0.25rem',
                  padding: '0 0.25rem',
                  outline: `${vars.focusRingWidth} solid ${vars.color.focusRing}`,
                  outlineOffset: '2px',
                  color: vars.color.link,
                  textDecoration: 'underline',
                }}
              >
                Focused link
              </span>
            </td>
          </tr>
        </tbody>
      </table>
    </div>
  );
}

const meta = {
  title: 'Foundations/Typography and spacing',
  component: Scale,
  args: { sample: 'We could not load this page' },
} satisfies Meta<typeof Scale>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Scales: Story = {};
