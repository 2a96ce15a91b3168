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

describe('ErrataError allow (RFC 9110 15.5.6: Allow on a 405)', () => {
  it('is typed for METHOD_NOT_ALLOWED: a non-empty list of upper-case methods', () => {
    expect(new ErrataError('METHOD_NOT_ALLOWED', { allow: ['GET', 'HEAD'] }).allow).toEqual(['GET', 'HEAD']);
    expect(new ErrataError('METHOD_NOT_ALLOWED', { allow: ['PROPFIND'] }).allow).toEqual(['PROPFIND']);
    // @ts-expect-error methods are case-sensitive and upper case
    expect(new ErrataError('METHOD_NOT_ALLOWED', { allow: ['get'] }).allow).toEqual(['get']);
    // @ts-expect-error an empty Allow would say no method is allowed
    expect(new ErrataError('METHOD_NOT_ALLOWED', { allow: [] }).allow).toEqual([]);
  });

  it('is refused for a built-in code of another status', () => {
    // @ts-expect-error NOT_FOUND is a 404: Allow belongs to a 405
    expect(new ErrataError('NOT_FOUND', { allow: ['GET'] }).code).toBe('NOT_FOUND');
  });

  it('is open to codes of your own and codes from data', () => {
    expect(new ErrataError<CustomCode>('CART_LOCKED', { allow: ['GET'] }).allow).toEqual(['GET']);
    const fromData: string = 'METHOD_NOT_ALLOWED';
    expect(new ErrataError(fromData, { allow: ['GET'] }).allow).toEqual(['GET']);
  });
});
