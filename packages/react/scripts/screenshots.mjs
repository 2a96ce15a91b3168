// Renders the built error page and banners into HTML files and screenshots them in headless
// Chromium (light, dark, high contrast, RTL, 320px, forced colors, print) for a person to look at.
// The browser suite (test/browser/pages.browser.test.ts) saves the pages as the server sends them;
// this script is for the parts the suite does not cover (print, forced colours, a hand-made page).
// Usage: node packages/react/scripts/screenshots.mjs [outDir]   (after building the package)
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createElement as h } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { chromium } from 'playwright-core';
import { Banner, ErrorDocument, ErrorPage } from '@errata/react';
import { stylesheet } from '@errata/react/stylesheet';
import { exampleBrand } from '@errata/tokens';

const out = resolve(process.argv[2] ?? 'screenshots');
mkdirSync(out, { recursive: true });

const en = {
  lang: 'en',
  dir: 'ltr',
  brand: { name: 'Northwind', homeHref: '/' },
  labels: {
    reference: 'Reference',
    quoteReference: 'Quote this reference if you contact support.',
    statusPage: 'Check the service status page',
    diagnostics: 'Diagnostics',
    skipToContent: 'Skip to main content',
    nextSteps: 'What you can do',
  },
  title: 'Something went wrong on our side',
  eyebrow: 'Error 500',
  description: 'It is not something you did. We have been told about it and are looking into it.',
  nextSteps: ['Try again in a few minutes.', 'If it keeps happening, contact support and quote the reference below.'],
  action: 'Try again',
  alternative: 'You can also go to the home page.',
  retry: 'Try again in 30 seconds.',
  banners: [
    ['degraded', 'Search is slow right now', 'We are showing saved results, which may be up to an hour old.'],
    ['critical', 'Payments are not going through', 'Your card has not been charged.'],
  ],
};
const ar = {
  lang: 'ar',
  dir: 'rtl',
  brand: { name: 'نورثويند', homeHref: '/' },
  labels: {
    reference: 'المرجع',
    quoteReference: 'اذكر هذا المرجع إذا تواصلت مع الدعم.',
    statusPage: 'تحقق من صفحة حالة الخدمة',
    diagnostics: 'التشخيص',
    skipToContent: 'انتقل إلى المحتوى الرئيسي',
    nextSteps: 'ما يمكنك فعله',
  },
  title: 'حدث خطأ من جانبنا',
  eyebrow: 'خطأ 500',
  description: 'لم يكن ذلك بسببك. تم إبلاغنا ونعمل على حله.',
  nextSteps: ['حاول مرة أخرى بعد بضع دقائق.', 'إذا استمرت المشكلة، تواصل مع الدعم واذكر المرجع أدناه.'],
  action: 'حاول مرة أخرى',
  alternative: 'يمكنك أيضًا الانتقال إلى الصفحة الرئيسية.',
  retry: 'حاول مرة أخرى بعد 30 ثانية.',
  banners: [
    ['degraded', 'البحث بطيء الآن', 'نعرض النتائج المحفوظة، وقد يصل عمرها إلى ساعة.'],
    ['critical', 'المدفوعات لا تتم', 'لم يتم خصم أي مبلغ من بطاقتك.'],
  ],
};

function documentFor(copy, theme, brand) {
  const banners = copy.banners.map(([tone, title, body]) =>
    h(
      Banner,
      {
        key: tone,
        tone,
        title,
        action: { label: copy.labels.statusPage, href: 'https://status.example.com/' },
        dismissHref: '?dismiss=1',
        dismissLabel: 'Dismiss',
      },
      body,
    ),
  );
  const page = h(ErrorPage, {
    brand: brand ?? copy.brand,
    labels: copy.labels,
    title: copy.title,
    eyebrow: copy.eyebrow,
    description: copy.description,
    nextSteps: copy.nextSteps,
    primaryAction: { label: copy.action, href: '/orders/42' },
    alternative: copy.alternative,
    traceId: `00-${'4bf92f3577b34da6a3ce929d0e0e4736'.repeat(2)}-00f067aa0ba902b7-01`,
    statusHref: 'https://status.example.com/',
    retry: { text: copy.retry, seconds: 30 },
    diagnostics: h('pre', null, "TypeError: Cannot read properties of undefined (reading 'total')\n    at priceOrder (/srv/app/src/orders/price.ts:42:17)"),
  });
  const bannerStrip = h('div', { style: { maxInlineSize: '44rem', marginInline: 'auto', paddingInline: '1rem' } }, ...banners);
  return (
    '<!DOCTYPE html>' +
    renderToStaticMarkup(
      h(
        ErrorDocument,
        { lang: copy.lang, dir: copy.dir, title: copy.title, brandName: brand?.name ?? copy.brand.name, theme, stylesheet, ...(brand ? { brand } : {}) },
        h('div', null, bannerStrip, page),
      ),
    )
  );
}

const shots = [
  ['light', en, 'light', 1024, {}],
  ['dark', en, 'dark', 1024, {}],
  ['high-contrast', en, 'high-contrast', 1024, {}],
  ['rtl', ar, 'light', 1024, {}],
  ['narrow-320', en, 'light', 320, {}],
  ['forced-colors', en, 'light', 1024, { forcedColors: 'active' }],
  ['print', en, 'dark', 1024, { media: 'print' }],
  ['brand', en, 'light', 1024, {}, exampleBrand],
  ['brand-dark', en, 'dark', 1024, { colorScheme: 'dark' }, exampleBrand],
];
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
try {
  for (const [name, copy, theme, width, emulation, brand] of shots) {
    const file = join(out, `${name}.html`);
    writeFileSync(file, documentFor(copy, theme, brand));
    const page = await browser.newPage({ viewport: { width, height: 900 } });
    await page.emulateMedia(emulation);
    await page.goto(pathToFileURL(file).href);
    if (name === 'forced-colors') await page.focus('main a');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    await page.screenshot({ path: join(out, `${name}.png`), fullPage: true });
    console.log(`${name}.png${overflow > 0 ? `  HORIZONTAL OVERFLOW ${overflow}px` : ''}`);
    await page.close();
  }
} finally {
  await browser.close();
}
