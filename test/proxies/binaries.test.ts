import { describe, expect, it } from 'vitest';
import { requireBinary } from './support/proxy.js';

describe('requireBinary', () => {
  it('finds the proxies the suites start, in PATH or sbin', () => {
    for (const name of ['nginx', 'haproxy', 'caddy', 'apache2']) expect(requireBinary(name, name)).toMatch(new RegExp(`/${name}$`));
  });

  it('fails, naming the Debian package to install, when a binary is missing (never a skip)', () => {
    expect(() => requireBinary('errata-no-such-proxy', 'errata-proxy-pkg')).toThrow(
      'errata-no-such-proxy is not installed: run `apt-get install -y errata-proxy-pkg` (Debian’s errata-proxy-pkg package).',
    );
  });
});
