// Cold start, errata side: import @errata/server and render one page, in a fresh process.
import { createErrata, ErrataError } from '@errata/server';

const errata = createErrata({ mode: 'production', links: { home: '/' } });
const response = errata.render(new ErrataError('NOT_FOUND'), { method: 'GET', url: '/orders/42', headers: { accept: 'text/html', 'accept-language': 'en' } });
process.stdout.write(String(response.body.length));
