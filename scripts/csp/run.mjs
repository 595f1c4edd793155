// Strict CSP and Trusted Types: every element, from every input channel, on a page served with
//
//   Content-Security-Policy: default-src 'self'; img-src 'self' data:; style-src 'self';
//     script-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html
//
// renders with zero violations. The page loads dist/news-card.bundle.js as an external module and
// has no inline script; the property channel is set by an external module. The script also:
//   - proves the checks can fail (a TrustedHTML-less innerHTML and an inline <style> added at the end
//     must each be reported, or the page was not really under the policy);
//   - checks that no shadow root needs an inline <style> (Lit adopts constructable stylesheets);
//   - renders server-rendered cards (news-card/ssr, Declarative Shadow DOM) and hydrates them under the
//     same policy plus the hash of their inline <style>, which is the CSP such a page needs; and
//     reports, without failing, what the unmodified strict policy does to server-rendered cards.
//
// It runs in Chromium, Firefox and WebKit (NEWS_CARD_ENGINES picks fewer; scripts/engines/pages.mjs drives
// them). WebDriver cannot listen to WebKit's console: there, the page's own records (violations, uncaught
// errors, console.error calls) stand in for console errors.
//
// Usage: node scripts/csp/run.mjs   (after `npm run build`). Exit code 1 on any failure.
/* global window, document, customElements, getComputedStyle -- inside page.evaluate callbacks, which run in the page */
import { createHash } from 'node:crypto';
import { Report, requireBundle } from './browser.mjs';
import { selectedEngines } from '../engines/engines.mjs';
import { launchEngine } from '../engines/pages.mjs';
import { attr, inlineJson, SEED, SEED_JSONLD, SEED_WORDPRESS, startServer } from './server.mjs';

requireBundle();

export const STRICT_CSP =
  "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html";

const seedJson = JSON.stringify(SEED);
const HOSTILE = {
  ...SEED,
  headline: '"><img src=x onerror="window.__pwned=1">',
  url: ' JaVaScRiPt:window.__pwned=1',
  description: '${window.__pwned=1}{{constructor.constructor("window.__pwned=1")()}}',
  image: { ...SEED.image, url: 'data:image/svg+xml,<svg onload="window.__pwned=1"/>' },
  related: [{ url: '//evil.example.com/x', headline: 'Gone' }, ...SEED.related],
};

/** Every card on the strict page: its markup and the state it must reach. */
const CARDS = [
  // <news-card>, each input channel and format
  { id: 'property-card', html: '<news-card id="property-card" heading-level="3" layout="horizontal" theme="dark" aspect="4/3"></news-card>', state: 'ready', headline: SEED.headline },
  { id: 'property-jsonld', html: '<news-card id="property-jsonld" theme="auto"></news-card>', state: 'ready', headline: SEED.headline },
  { id: 'attribute-card', html: `<news-card id="attribute-card" layout="compact" theme="light" article="${attr(seedJson)}"></news-card>`, state: 'ready', headline: SEED.headline },
  { id: 'attribute-wordpress', html: `<news-card id="attribute-wordpress" aspect="auto" article="${attr(JSON.stringify(SEED_WORDPRESS))}"></news-card>`, state: 'ready', headline: SEED.headline },
  { id: 'json-script', html: `<news-card id="json-script" aspect="1/1"><script type="application/json">${inlineJson(SEED)}</script></news-card>`, state: 'ready', headline: SEED.headline },
  { id: 'ldjson-script', html: `<news-card id="ldjson-script" layout="hero"><script type="application/ld+json">${inlineJson(SEED_JSONLD)}</script></news-card>`, state: 'ready', headline: SEED.headline },
  { id: 'src-card', html: '<news-card id="src-card" src="/data/seed.json" timeout="8000" credentials="omit"></news-card>', state: 'ready', headline: SEED.headline },
  { id: 'src-jsonld', html: '<news-card id="src-jsonld" src="/data/seed.jsonld.json" credentials="same-origin"></news-card>', state: 'ready', headline: SEED.headline },
  { id: 'arabic-card', html: `<news-card id="arabic-card" locale="ar" time-style="relative" article="${attr(seedJson)}"></news-card>`, state: 'ready', headline: SEED.headline },
  { id: 'messages-card', html: '<news-card id="messages-card" position="4"></news-card>', state: 'ready', headline: SEED.headline },
  // the parts: article property, article attribute, focused attributes
  { id: 'property-headline', html: '<news-headline id="property-headline"></news-headline>', state: 'ready', headline: SEED.headline },
  { id: 'attribute-headline', html: `<news-headline id="attribute-headline" heading-level="1" article="${attr(seedJson)}"></news-headline>`, state: 'ready', headline: SEED.headline },
  { id: 'focused-headline', html: '<news-headline id="focused-headline" headline="Focused headline" url="/news/focused" kicker="Iraq" heading-level="4"></news-headline>', state: 'ready', headline: 'Focused headline' },
  { id: 'property-byline', html: '<news-byline id="property-byline"></news-byline>', state: 'ready' },
  { id: 'attribute-byline', html: `<news-byline id="attribute-byline" locale="ar" article="${attr(seedJson)}"></news-byline>`, state: 'ready' },
  { id: 'focused-byline', html: `<news-byline id="focused-byline" authors="${attr(JSON.stringify([{ name: 'News Desk', url: 'mailto:desk@example.com' }, 'Second Author']))}" publisher="The Cradle" date-published="2021-12-27" date-modified="2021-12-28T09:00:00Z"></news-byline>`, state: 'ready' },
  { id: 'property-photo', html: '<news-photo id="property-photo"></news-photo>', state: 'ready' },
  { id: 'attribute-photo', html: `<news-photo id="attribute-photo" aspect="4/3" article="${attr(seedJson)}"></news-photo>`, state: 'ready' },
  { id: 'focused-photo', html: '<news-photo id="focused-photo" src="/img/photo.png" alt="A convoy" caption="A caption" credit="REUTERS/Ari Jalal" width="1" height="1" aspect="1/1"></news-photo>', state: 'ready' },
  { id: 'decorative-photo', html: '<news-photo id="decorative-photo" src="/img/photo.png" alt="" aspect="auto"></news-photo>', state: 'ready' },
  { id: 'property-related', html: '<news-related id="property-related"></news-related>', state: 'ready' },
  { id: 'attribute-related', html: `<news-related id="attribute-related" limit="2" heading-level="3" article="${attr(seedJson)}"></news-related>`, state: 'ready' },
  { id: 'items-related', html: '<news-related id="items-related"></news-related>', state: 'ready' },
  // hostile data, and the error and loading states, under the same policy
  { id: 'hostile-property', html: '<news-card id="hostile-property"></news-card>', state: 'ready' },
  { id: 'hostile-attribute', html: `<news-card id="hostile-attribute" article="${attr(JSON.stringify(HOSTILE))}"></news-card>`, state: 'ready', headline: HOSTILE.headline },
  { id: 'broken-attribute', html: '<news-card id="broken-attribute" article="{&quot;headline&quot;: "></news-card>', state: 'error' },
  { id: 'failed-src', html: '<news-card id="failed-src" src="/data/missing.json"></news-card>', state: 'error' },
  { id: 'loading-src', html: '<news-card id="loading-src" src="/data/never" timeout="600000"></news-card>', state: 'loading' },
];

function page(title, body, head = '', bundle = 'news-card.bundle.js') {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>${title}</title>
<script src="/csp/collect.js"></script>
${head}
<script type="module" src="/dist/${bundle}"></script>
</head>
<body>
${body}
</body>
</html>
`;
}

const strictPage = page('news-card under a strict CSP', CARDS.map((card) => card.html).join('\n'), '<script type="module" src="/csp/channels.js"></script>');

// Server-rendered cards: Declarative Shadow DOM from news-card/ssr, hydrated by the hydrating bundle.
const { renderNewsCard } = await import('../../dist/ssr/index.js');
// The error card warns on the server as it would in a browser; that warning is expected here.
const serverWarn = console.warn;
console.warn = () => {};
const SSR_CARDS = [
  // A card rendered in the browser, beside the server-rendered ones: the styles they should match.
  { id: 'csr-reference', html: '<news-card id="csr-reference" src="/data/seed.json"></news-card>', state: 'ready', headline: SEED.headline },
  { id: 'csr-horizontal', html: '<news-card id="csr-horizontal" layout="horizontal" heading-level="3" src="/data/seed.jsonld.json"></news-card>', state: 'ready', headline: SEED.headline },
  { id: 'ssr-seed', like: 'csr-reference', html: renderNewsCard(SEED, { id: 'ssr-seed' }), state: 'ready', headline: SEED.headline },
  { id: 'ssr-horizontal', like: 'csr-horizontal', html: renderNewsCard(SEED_JSONLD, { id: 'ssr-horizontal', layout: 'horizontal', headingLevel: 3 }), state: 'ready', headline: SEED.headline },
  { id: 'ssr-error', html: renderNewsCard('{"headline": ', { id: 'ssr-error' }), state: 'error' },
];
console.warn = serverWarn;
const ssrBody = SSR_CARDS.map((card) => card.html).join('\n');
const inlineStyles = [...new Set([...ssrBody.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => m[1]))];
const styleHashes = inlineStyles.map((text) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`);
const SSR_CSP = STRICT_CSP.replace("style-src 'self'", `style-src 'self' ${styleHashes.join(' ')}`);
const ssrPage = page(
  'server-rendered news-card under a strict CSP',
  ssrBody,
  '<script type="module" src="/csp/hydrate.js"></script>',
  'news-card.hydrate.bundle.js',
);

const server = await startServer({
  pages: {
    '/strict.html': { html: strictPage, headers: { 'Content-Security-Policy': STRICT_CSP } },
    '/ssr.html': { html: ssrPage, headers: { 'Content-Security-Policy': SSR_CSP } },
    '/ssr-strict.html': { html: ssrPage, headers: { 'Content-Security-Policy': STRICT_CSP } },
  },
});
let browser;

/** Opens `path`, waits for every card to reach its state, and returns what the page saw. */
async function visit(path, cards) {
  const page = await browser.newPage();
  const consoleErrors = [];
  const pageErrors = [];
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    // The 404 that the failed-src card asks for, and the browser's own favicon request, are expected.
    const url = message.location()?.url ?? '';
    if (/Failed to load resource/.test(message.text()) && /\/(data\/missing\.json|favicon\.ico)$/.test(url)) return;
    consoleErrors.push(`${message.text()} ${url}`);
  });
  page.on('pageerror', (error) => pageErrors.push(String(error)));
  await page.goto(`${server.origin}${path}`, { waitUntil: 'load' });
  const read = () =>
    page.evaluate((ids) => {
      return ids.map((id) => {
        const el = document.getElementById(id);
        const root = el?.shadowRoot;
        return {
          id,
          defined: Boolean(el && customElements.get(el.localName) && el.matches(':defined')),
          state: el?.getAttribute('state') ?? null,
          headline: root?.querySelector('[part~="headline"]')?.textContent ?? null,
          fallback: Boolean(root?.querySelector('[part~="error"]')),
          adopted: root?.adoptedStyleSheets.length ?? 0,
          styleElements: root?.querySelectorAll('style').length ?? 0,
          // A fingerprint of the headline's computed style, to compare server-rendered and client-rendered cards.
          look: (() => {
            const h = root?.querySelector('[part~="headline"]');
            if (!h) return null;
            const cs = getComputedStyle(h);
            return [cs.fontSize, cs.fontWeight, cs.lineHeight, cs.marginBlockStart, cs.marginBlockEnd, cs.color, cs.fontFamily].join(' ');
          })(),
          scripts: root?.querySelectorAll('script').length ?? 0,
        };
      });
    }, cards.map((card) => card.id));
  const deadline = Date.now() + 15000;
  let results = await read();
  while (Date.now() < deadline && results.some((r, i) => r.state !== cards[i].state)) {
    await page.waitForTimeout(100);
    results = await read();
  }
  await page.waitForTimeout(300); // late reports (images, lazy work)
  results = await read();
  const seen = await page.evaluate(() => ({
    violations: window.__violations,
    errors: window.__errors,
    pageConsoleErrors: window.__consoleErrors,
    pwned: window.__pwned,
    trustedTypes: typeof window.trustedTypes?.createPolicy === 'function',
  }));
  if (!browser.observesConsole) consoleErrors.push(...seen.pageConsoleErrors);
  return { page, results, consoleErrors, pageErrors, ...seen };
}

function checkCards(report, label, cards, visited) {
  visited.results.forEach((result, i) => {
    const card = cards[i];
    report.check(result.defined, `${label}: #${card.id} was never upgraded`);
    report.check(result.state === card.state, `${label}: #${card.id} is ${result.state}, expected ${card.state}`);
    report.check(result.fallback === (card.state === 'error'), `${label}: #${card.id} fallback shown: ${result.fallback}`);
    if (card.headline) report.check(result.headline === card.headline, `${label}: #${card.id} headline is ${JSON.stringify(result.headline)}`);
    report.check(result.scripts === 0, `${label}: #${card.id} has a <script> in its shadow root`);
  });
  report.check(visited.pwned === undefined, `${label}: a payload ran (window.__pwned is set)`);
  report.check(visited.errors.length === 0, `${label}: uncaught errors: ${visited.errors.join(' | ')}`);
  report.check(visited.pageErrors.length === 0, `${label}: page errors: ${visited.pageErrors.join(' | ')}`);
}

const describeViolation = (v) => `${v.directive} blocked ${v.blocked || '(inline)'} at ${v.source}${v.sample ? ` sample ${JSON.stringify(v.sample)}` : ''}`;

for (const engine of selectedEngines()) {
  browser = await launchEngine(engine);
  // ---- 1. every element, every channel, strict policy -------------------------------------------------------
  const strict = new Report(`${browser.name}: strict CSP + Trusted Types: ${CARDS.length} elements from every input channel`);
  {
    const visited = await visit('/strict.html', CARDS);
    // Every engine tested here has Trusted Types today; one without must still render with no violation.
    if (!visited.trustedTypes) strict.note(`${browser.name} has no Trusted Types: only the rest of the policy is checked`);
    checkCards(strict, 'strict', CARDS, visited);
    strict.check(visited.violations.length === 0, `violations: ${visited.violations.map(describeViolation).join(' | ')}`);
    strict.check(visited.consoleErrors.length === 0, `console errors: ${visited.consoleErrors.join(' | ')}`);
    for (const result of visited.results) {
      strict.check(result.styleElements === 0, `#${result.id} needs an inline <style> in its shadow root`);
      strict.check(result.adopted > 0, `#${result.id} has no adopted stylesheet: its styles did not apply`);
    }
    strict.note(`${visited.results.filter((r) => r.state === 'ready').length} ready, ${visited.violations.length} violations, ${visited.consoleErrors.length} console errors`);

    // Negative controls: the same page must report a Trusted Types sink and an inline <style>.
    const before = visited.violations.length;
    const sink = await visited.page.evaluate(() => {
      try {
        document.createElement('div').innerHTML = '<b>not trusted</b>';
        return 'assigned';
      } catch (error) {
        return error.name;
      }
    });
    await visited.page.evaluate(() => {
      const style = document.createElement('style');
      style.textContent = 'body { color: red; }';
      document.head.append(style);
    });
    await visited.page.waitForTimeout(200);
    const after = await visited.page.evaluate(() => window.__violations);
    const directives = after.slice(before).map((v) => v.directive);
    if (visited.trustedTypes) {
      strict.check(sink === 'TypeError', `negative control: innerHTML without TrustedHTML was ${sink}, not refused`);
      strict.check(directives.includes('require-trusted-types-for'), `negative control: no Trusted Types report (got ${directives.join(', ') || 'none'})`);
    }
    strict.check(directives.some((d) => d.startsWith('style-src')), `negative control: no style-src report (got ${directives.join(', ') || 'none'})`);
    await visited.page.close();
  }
  strict.finish();

  // ---- 2. server-rendered cards: the strict policy plus the hash of their inline style ------------------------
  const ssr = new Report(`${browser.name}: server-rendered cards hydrate under the strict CSP plus ${styleHashes.length} style hash(es)`);
  {
    ssr.note(`inline <style> blocks in the server output: ${inlineStyles.length}; policy: ${SSR_CSP}`);
    const visited = await visit('/ssr.html', SSR_CARDS);
    checkCards(ssr, 'ssr', SSR_CARDS, visited);
    ssr.check(visited.violations.length === 0, `violations: ${visited.violations.map(describeViolation).join(' | ')}`);
    ssr.check(visited.consoleErrors.length === 0, `console errors: ${visited.consoleErrors.join(' | ')}`);
    for (const { id, like } of SSR_CARDS.filter((card) => card.like)) {
      const [server, client] = [id, like].map((key) => visited.results.find((r) => r.id === key)?.look ?? null);
      ssr.check(server !== null && server === client, `#${id} is styled differently from #${like}, rendered in the browser: ${server} vs ${client}`);
    }
    await visited.page.close();
  }
  ssr.finish();

  // ---- 3. informational: server-rendered cards under the unmodified strict policy -------------------------------
  {
    const visited = await visit('/ssr-strict.html', SSR_CARDS);
    const styleReports = visited.violations.filter((v) => v.directive.startsWith('style-src'));
    const look = (key) => visited.results.find((r) => r.id === key)?.look;
    const unstyled = SSR_CARDS.filter((card) => card.like && look(card.id) !== look(card.like)).length;
    console.log(
      `  · info (${browser.name}): without the style hash, the strict policy blocks ${styleReports.length} inline <style> block(s) of server-rendered cards; ` +
        `states ${visited.results.map((r) => r.state).join(', ')}; ${unstyled} hydrated card(s) styled unlike a client-rendered one`,
    );
    await visited.page.close();
  }

  await browser.close();
}
await server.close();
