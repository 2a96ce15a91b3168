import { createErrata, ErrataError } from '@errata/server';
const errata = createErrata({ mode: 'production', serviceName: 'Acme', links: { home: '/' } });
const req = {
  method: 'GET',
  url: '/orders/42',
  headers: { accept: 'text/html', 'accept-language': 'en', traceparent: '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01' },
};
const err = new ErrataError('NOT_FOUND');
for (let i = 0; i < 20000; i++) errata.render(err, req);
const t = performance.now();
const N = 2000000;
for (let i = 0; i < N; i++) errata.render(err, req);
console.log('us/render', (((performance.now() - t) * 1000) / N).toFixed(2));
