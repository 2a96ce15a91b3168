// Compile-time behaviour of ErrataError's code parameter: `tsc -b` checks this file (the
// `@ts-expect-error` lines fail the type-check if the error they expect goes away).
import { defineCatalog, tones, type Catalog } from '@errata/catalog';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { ErrataError, isErrataError } from './errata-error.js';

const custom = defineCatalog(
  [
    {
      code: 'CART_LOCKED',
      status: 423,
      category: 'client-input',
      cause: 'client',
      recoverability: 'transient',
      severity: 'low',
      action: 'wait',
      causeKnown: true,
      operator: { summary: 'Cart locked', component: 'cart', remediation: 'Wait for checkout to finish.' },
      when: 'A checkout holds the cart.',
      messages: {
        en: Object.fromEntries(
          tones.map((tone) => [tone, { title: 'Your basket is busy', description: 'A checkout is using it.', nextSteps: ['Try again in a minute.'] }]),
        ) as never,
      },
    },
  ],
  // A catalog of its own (extending the built-in one would need every locale of it).
);
type CustomCode = typeof custom extends Catalog<infer C> ? C : never;

describe('ErrataError codes', () => {
  it('accepts built-in codes and keeps the literal type', () => {
    const error = new ErrataError('NOT_FOUND');
    expectTypeOf(error.code).toEqualTypeOf<'NOT_FOUND'>();
    expect(isErrataError(error)).toBe(true);
    expect(error).toBeInstanceOf(ErrataError);
  });

  it('refuses a misspelt literal at compile time', () => {
    // @ts-expect-error NOT_FOUDN is not a catalog code
    const typo = new ErrataError('NOT_FOUDN');
    expect(typo.code).toBe('NOT_FOUDN');
  });

  it('accepts a dynamic string', () => {
    const fromData: string = ['NOT', 'FOUND'].join('_');
    expectTypeOf(new ErrataError(fromData).code).toEqualTypeOf<string>();
  });

  it('checks against a custom catalog when given its code type', () => {
    expectTypeOf(new ErrataError<CustomCode>('CART_LOCKED').code).toEqualTypeOf<CustomCode>();
    // @ts-expect-error not in the custom catalog
    expect(new ErrataError<CustomCode>('CART_LOKCED').code).toBe('CART_LOKCED');
    // @ts-expect-error without the type the custom code is unknown
    expect(new ErrataError('CART_LOCKED').code).toBe('CART_LOCKED');
  });

  it('can be subclassed', () => {
    class PaymentError extends ErrataError {}
    const error = new PaymentError('INTERNAL');
    expect(error).toBeInstanceOf(ErrataError);
    expect(error).toBeInstanceOf(PaymentError);
    expect(error.name).toBe('ErrataError');
  });
});
