import { describe, expect, it } from 'vitest';
import { createVerifier, hasRole, parseDuration, signToken, type TokenError } from './tokens.js';

const secret = 'tokens-test-secret-0123456789abcdef012345678';

describe('tokens', () => {
  it('round-trips subject and roles, ten minutes by default', async () => {
    const token = await signToken({ secret, subject: 'alice@example.com', roles: ['operator'] });
    const principal = await createVerifier({ secret })(token);
    expect(principal.subject).toBe('alice@example.com');
    expect([...principal.roles]).toEqual(['operator']);
    expect(principal.expiresAt - Date.now()).toBeGreaterThan(590_000);
    expect(principal.expiresAt - Date.now()).toBeLessThanOrEqual(600_000);
    expect(hasRole(principal, 'viewer')).toBe(true);
    expect(hasRole(principal, 'auditor')).toBe(false);
  });

  it('refuses a short secret, a lifetime over the maximum, no roles and unknown roles when signing', async () => {
    await expect(signToken({ secret: 'short', subject: 'a', roles: ['viewer'] })).rejects.toThrow(/32 bytes/);
    await expect(signToken({ secret, subject: 'a', roles: ['viewer'], ttlSeconds: 7200 })).rejects.toThrow(/ttl/);
    await expect(signToken({ secret, subject: 'a', roles: [] })).rejects.toThrow(/roles/);
    await expect(signToken({ secret, subject: 'a', roles: ['root' as never] })).rejects.toThrow(/roles/);
  });

  it('refuses another secret, another audience or issuer, and garbage, each with its reason', async () => {
    const token = await signToken({ secret, subject: 'a', roles: ['viewer'], audience: 'other' });
    const problem = (p: Promise<unknown>) =>
      p.then(
        () => 'accepted',
        (e: TokenError) => e.problem,
      );
    expect(await problem(createVerifier({ secret })(token))).toBe('audience');
    expect(await problem(createVerifier({ secret: `${secret}x`, audience: 'other' })(token))).toBe('signature');
    expect(await problem(createVerifier({ secret, audience: 'other', issuer: 'someone-else' })(token))).toBe('issuer');
    expect(await problem(createVerifier({ secret })('a.b'))).toBe('malformed');
    expect(await problem(createVerifier({ secret })(`${'a'.repeat(5000)}.b.c`))).toBe('malformed');
  });

  it('parses durations for the CLI', () => {
    expect([parseDuration('90s'), parseDuration('10m'), parseDuration('1h'), parseDuration('2d'), parseDuration('45')]).toEqual([90, 600, 3600, 172_800, 45]);
    for (const bad of ['', '0', '-5m', '10 minutes', '1.5h']) expect(() => parseDuration(bad)).toThrow(RangeError);
  });
});
