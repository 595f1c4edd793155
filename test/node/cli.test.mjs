// The `news-card` command line, on the built files (`npm run build`, then `npm run test:node`): the
// real dist/cli.js in a child process, against a local HTTP server on `localhost` (never the internet).
// Exit status: 0 with an article, 1 without, 2 on a usage or network error.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { homedir, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const cli = join(root, 'dist', 'cli.js');
if (!existsSync(cli)) throw new Error('Build first: npm run build');
const fixture = (path) => fileURLToPath(new URL(`../fixtures/${path}`, import.meta.url));
const seed = JSON.parse(readFileSync(fixture('seed-article.json'), 'utf8'));
const seedPage = readFileSync(fixture('formats/seed.page.html'));
const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
const MAX = 1024 * 1024;

/** Runs `news-card …args` (or `script`, or with `script: null` node itself); resolves with its exit status and output. */
function run(args, { stdin, cwd, script = cli } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, script ? [script, ...args] : args, { cwd, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
    child.stdin.on('error', () => {}); // The command may stop reading early (an oversized input).
    child.stdin.end(stdin);
  });
}

// ── the local server ─────────────────────────────────────────────────────────────────────────────
const seen = { userAgent: undefined, accept: undefined, requests: [] };
let base = '';
const server = createServer((req, res) => {
  const url = new URL(req.url, 'http://localhost');
  seen.requests.push(url.pathname + url.search);
  if (url.pathname === '/seed.html') {
    seen.userAgent = req.headers['user-agent'];
    seen.accept = req.headers.accept;
  }
  const send = (status, type, body, headers = {}) => {
    res.writeHead(status, { 'Content-Type': type, ...headers });
    res.end(body);
  };
  switch (url.pathname) {
    case '/seed.html':
      return send(200, 'text/html; charset=utf-8', seedPage);
    case '/seed.json':
      return send(200, 'application/json', JSON.stringify(seed));
    case '/no-url.html':
      // A page that names no address of its own: the final URL becomes the article's.
      return send(200, 'text/html', '<!doctype html><meta property="og:title" content="A page without its URL"><img src="/pic.jpg">');
    case '/not-an-article.html':
      return send(200, 'text/html', readFileSync(fixture('pages/not-an-article.html')));
    case '/redirect':
      // Any Location, as given: the command must check it.
      return send(Number(url.searchParams.get('status') ?? 302), 'text/plain', '', { Location: url.searchParams.get('to') });
    case '/loop':
      return send(302, 'text/plain', '', { Location: '/loop' });
    case '/never':
      return undefined; // Holds the request open; the command's timeout ends it.
    case '/stall':
      res.writeHead(200, { 'Content-Type': 'text/html' });
      return res.write(seedPage.subarray(0, 200));
    case '/big':
      return send(200, 'text/html', Buffer.alloc(MAX + 1, 0x20));
    case '/big-chunked': {
      // No Content-Length: the bytes must be counted as they arrive.
      res.writeHead(200, { 'Content-Type': 'text/html' });
      const chunk = Buffer.alloc(64 * 1024, 0x20);
      let sent = 0;
      const more = () => {
        while (sent <= MAX && res.write(chunk)) sent += chunk.length;
        if (sent <= MAX) res.once('drain', more);
        else res.end();
      };
      res.on('error', () => {});
      return more();
    }
    default:
      return send(404, 'text/plain', 'Not found');
  }
});

let tmp;
before(async () => {
  await new Promise((resolve) => server.listen(0, 'localhost', resolve));
  // `localhost`, not an IP address: the URL policy refuses IP-address hosts.
  base = `http://localhost:${server.address().port}`;
  tmp = mkdtempSync(join(tmpdir(), 'news-card-cli-'));
});

after(() => {
  server.closeAllConnections();
  server.close();
  rmSync(tmp, { recursive: true, force: true });
});

const article = (stdout) => JSON.parse(stdout);

// ── extract ──────────────────────────────────────────────────────────────────────────────────────
describe('news-card extract', () => {
  test('a page file: the canonical article on stdout, exit 0', async () => {
    const { status, stdout } = await run(['extract', fixture('formats/seed.page.html')]);
    assert.equal(status, 0);
    const found = article(stdout);
    assert.equal(found.headline, seed.headline);
    assert.equal(found.url, seed.url);
    assert.equal(found.datePublished, seed.datePublished);
    assert.deepEqual(found.author, seed.author);
    assert.equal(found.image.url, seed.image.url);
  });

  test('standard input (-)', async () => {
    const { status, stdout } = await run(['extract', '-'], { stdin: seedPage });
    assert.equal(status, 0);
    assert.equal(article(stdout).headline, seed.headline);
  });

  test('JSON in any supported format is normalized', async () => {
    const jsonLd = readFileSync(fixture('formats/seed.jsonld.json'));
    const { status, stdout } = await run(['extract', '-'], { stdin: jsonLd });
    assert.equal(status, 0);
    assert.equal(article(stdout).headline, seed.headline);
  });

  test('a URL: fetched with a clear User-Agent, read as a page', async () => {
    const { status, stdout, stderr } = await run(['extract', `${base}/seed.html`]);
    assert.equal(status, 0, stderr);
    assert.equal(article(stdout).headline, seed.headline);
    assert.equal(seen.userAgent, `news-card/${pkg.version}${pkg.homepage ? ` (+${pkg.homepage})` : ''}`);
    assert.match(seen.accept, /text\/html/);
  });

  test('a URL answering JSON', async () => {
    const { status, stdout } = await run(['extract', `${base}/seed.json`]);
    assert.equal(status, 0);
    assert.deepEqual(article(stdout).author, seed.author);
  });

  test('redirects are followed (301, 302, 303, 307, 308, relative Location)', async () => {
    for (const code of [301, 302, 303, 307, 308]) {
      const { status, stdout, stderr } = await run(['extract', `${base}/redirect?status=${code}&to=/seed.html`]);
      assert.equal(status, 0, `${code}: ${stderr}`);
      assert.equal(article(stdout).headline, seed.headline);
    }
  });

  test('a page naming no address of its own gets the final URL after redirects; its relative URLs resolve there', async () => {
    const { status, stdout, stderr } = await run(['extract', `${base}/redirect?to=${encodeURIComponent(`${base}/no-url.html`)}`]);
    assert.equal(status, 0, stderr);
    const found = article(stdout);
    assert.equal(found.headline, 'A page without its URL');
    assert.equal(found.url, `${base}/no-url.html`);
  });

  test('--url gives a page file its address', async () => {
    const file = join(tmp, 'relative.html');
    writeFileSync(file, '<!doctype html><meta property="og:title" content="Relative"><meta property="og:image" content="/images/a.jpg">');
    const { status, stdout } = await run(['extract', file, '--url', 'https://news.example/2024/story']);
    assert.equal(status, 0);
    assert.equal(article(stdout).image.url, 'https://news.example/images/a.jpg');
  });

  test('a page with no article: problems on stderr, nothing on stdout, exit 1', async () => {
    const { status, stdout, stderr } = await run(['extract', `${base}/not-an-article.html`]);
    assert.equal(status, 1);
    assert.equal(stdout, '');
    assert.match(stderr, /describes no article/);
  });

  test('problems go to stderr while the article goes to stdout', async () => {
    const page = '<!doctype html><meta property="og:title" content="Dropped image"><meta property="og:image" content="javascript:alert(1)">';
    const { status, stdout, stderr } = await run(['extract', '-'], { stdin: page });
    assert.equal(status, 0);
    assert.equal(article(stdout).headline, 'Dropped image');
    assert.equal(article(stdout).image, undefined);
    assert.match(stderr, /javascript:/);
  });
});

// ── network and input errors: exit 2 ─────────────────────────────────────────────────────────────
describe('news-card extract: refused and failed inputs exit 2', () => {
  const refusedRedirects = [
    ['javascript:', 'javascript:alert(1)', /javascript/],
    ['file:', 'file:///etc/passwd', /file/],
    ['data:', 'data:text/html,<title>x</title>', /data/],
    ['an IP-address host', null, /IP address/],
    ['credentials in the URL', 'http://user:pass@localhost/seed.html', /Credentials/],
  ];
  for (const [name, location, message] of refusedRedirects) {
    test(`a redirect to ${name}`, async () => {
      const to = location ?? `http://127.0.0.1:${server.address().port}/seed.html`;
      const before = seen.requests.length;
      const { status, stdout, stderr } = await run(['extract', `${base}/redirect?to=${encodeURIComponent(to)}`]);
      assert.equal(status, 2, stderr);
      assert.equal(stdout, '');
      assert.match(stderr, /redirect .*refused/);
      assert.match(stderr, message);
      // Only the redirect itself reached the server.
      assert.deepEqual(seen.requests.slice(before).map((r) => r.split('?')[0]), ['/redirect']);
    });
  }

  test('a redirect loop stops after 10 redirects', async () => {
    const { status, stderr } = await run(['extract', `${base}/loop`]);
    assert.equal(status, 2);
    assert.match(stderr, /more than 10 redirects/);
  });

  test('a URL the policy refuses is not fetched', async () => {
    const { status, stderr } = await run(['extract', `http://127.0.0.1:${server.address().port}/seed.html`]);
    assert.equal(status, 2);
    assert.match(stderr, /IP address/);
  });

  test('--timeout: no answer, and a body that stops arriving', async () => {
    for (const path of ['/never', '/stall']) {
      const { status, stderr } = await run(['extract', `${base}${path}`, '--timeout', '300']);
      assert.equal(status, 2, path);
      assert.match(stderr, /within 300 ms/);
    }
  });

  test('a response over 1 MiB, with Content-Length and without', async () => {
    for (const path of ['/big', '/big-chunked']) {
      const { status, stderr } = await run(['extract', `${base}${path}`]);
      assert.equal(status, 2, path);
      assert.match(stderr, /larger than 1048576 bytes/);
    }
  });

  test('a file or standard input over 1 MiB', async () => {
    const file = join(tmp, 'big.html');
    writeFileSync(file, Buffer.alloc(MAX + 1, 0x20));
    for (const args of [[file], ['-']]) {
      const { status, stderr } = await run(['extract', ...args], { stdin: Buffer.alloc(MAX + 1, 0x20) });
      assert.equal(status, 2, args[0]);
      assert.match(stderr, /larger than 1048576 bytes/);
    }
  });

  test('HTTP errors, a closed port, a missing file, another scheme', async () => {
    const closed = createServer();
    await new Promise((resolve) => closed.listen(0, 'localhost', resolve));
    const port = closed.address().port;
    await new Promise((resolve) => closed.close(resolve));
    const cases = [
      [`${base}/missing`, /HTTP 404/],
      [`http://localhost:${port}/`, /could not fetch/],
      [join(tmp, 'no-such-file.html'), /no such file/],
      ['ftp://example.com/page.html', /only http and https/],
    ];
    for (const [input, message] of cases) {
      const { status, stderr } = await run(['extract', input]);
      assert.equal(status, 2, input);
      assert.match(stderr, message);
    }
  });
});

// ── usage ────────────────────────────────────────────────────────────────────────────────────────
describe('news-card usage', () => {
  test('--help and --version print to stdout and exit 0', async () => {
    const help = await run(['--help']);
    assert.equal(help.status, 0);
    assert.match(help.stdout, /news-card extract <url\|file\|->/);
    assert.match(help.stdout, /news-card render <url\|file\|json\|->/);
    const version = await run(['--version']);
    assert.equal(version.stdout.trim(), pkg.version);
  });

  const mistakes = [
    [[], /no command/],
    [['fetch', 'x'], /unknown command "fetch"/],
    [['extract'], /no input/],
    [['extract', 'a.html', 'b.html'], /one input/],
    [['extract', 'a.html', '--bogus'], /Unknown option '--bogus'/],
    [['extract', 'a.html', '--layout', 'hero'], /--layout is an option of render/],
    [['render', 'a.html', '--layout', 'tiles'], /--layout: expected stacked, horizontal, compact, hero/],
    [['render', 'a.html', '--heading-level', '7'], /--heading-level: expected 1 to 6/],
    [['render', 'a.html', '--locale', 'not a tag'], /--locale/],
    [['extract', 'a.html', '--timeout', 'soon'], /--timeout/],
    [['extract', 'a.html', '--url', 'javascript:alert(1)'], /--url: expected an http or https URL/],
  ];
  for (const [args, message] of mistakes) {
    test(`news-card ${args.join(' ') || '(nothing)'}: exit 2 with the usage`, async () => {
      const { status, stdout, stderr } = await run(args);
      assert.equal(status, 2);
      assert.equal(stdout, '');
      assert.match(stderr, message);
      assert.match(stderr, /Usage: news-card/);
    });
  }
});

// ── render ───────────────────────────────────────────────────────────────────────────────────────
describe('news-card render', () => {
  const attribute = (html, name) => new RegExp(`^<news-card[^>]*\\s${name}="([^"]*)"`).exec(html)?.[1];

  test('a page URL becomes a server-rendered card (Declarative Shadow DOM) with the options as attributes', async () => {
    const { status, stdout, stderr } = await run([
      'render',
      `${base}/seed.html`,
      '--layout',
      'horizontal',
      '--locale',
      'fr-fr',
      '--heading-level',
      '3',
      '--theme',
      'dark',
    ]);
    assert.equal(status, 0, stderr);
    assert.match(stdout, /^<news-card /);
    assert.match(stdout, /<template shadowroot="open" shadowrootmode="open">/);
    assert.equal(attribute(stdout, 'layout'), 'horizontal');
    assert.equal(attribute(stdout, 'locale'), 'fr-FR');
    assert.equal(attribute(stdout, 'heading-level'), '3');
    assert.equal(attribute(stdout, 'theme'), 'dark');
    assert.equal(attribute(stdout, 'state'), 'ready');
    assert.match(stdout, /<h3[^>]*part="headline"/);
    assert.ok(stdout.includes(seed.headline), 'the headline is in the output');
  });

  test('the article JSON itself, a JSON file and standard input', async () => {
    const file = join(tmp, 'seed.json');
    writeFileSync(file, JSON.stringify(seed));
    for (const [args, stdin] of [[[JSON.stringify({ headline: 'Inline <b>JSON</b>' })]], [[file]], [['-'], JSON.stringify(seed)]]) {
      const { status, stdout, stderr } = await run(['render', ...args], { stdin });
      assert.equal(status, 0, stderr);
      assert.match(stdout, /<template shadowroot="open" shadowrootmode="open">/);
    }
    const inline = await run(['render', JSON.stringify({ headline: 'Inline <b>JSON</b>' })]);
    assert.ok(inline.stdout.includes('Inline &lt;b&gt;JSON&lt;/b&gt;'), 'data is rendered as text');
  });

  test('input with no article: nothing on stdout, exit 1', async () => {
    const { status, stdout, stderr } = await run(['render', JSON.stringify({ title: 'no headline' })]);
    assert.equal(status, 1);
    assert.equal(stdout, '');
    assert.match(stderr, /headline/);
  });

  test('a network error: exit 2', async () => {
    const { status } = await run(['render', `${base}/missing`]);
    assert.equal(status, 2);
  });
});

describe('news-card render without @lit-labs/ssr', () => {
  // The package laid out as `npm install news-card` leaves it: package.json and dist/ copied, its
  // dependencies linked from this repository, the optional peer @lit-labs/ssr absent; in a temporary
  // directory with no node_modules/@lit-labs/ssr above it (some machines keep one in /tmp).
  let app;
  const ssrAbove = (dir) => {
    for (let at = dir; ; at = dirname(at)) {
      if (existsSync(join(at, 'node_modules', '@lit-labs', 'ssr'))) return true;
      if (dirname(at) === at) return false;
    }
  };

  before(() => {
    const base = [tmpdir(), '/var/tmp', homedir()].find((dir) => existsSync(dir) && !ssrAbove(dir));
    if (!base) throw new Error('No temporary directory without @lit-labs/ssr above it');
    app = mkdtempSync(join(base, 'news-card-cli-no-ssr-'));
    const installed = join(app, 'node_modules', 'news-card');
    mkdirSync(installed, { recursive: true });
    cpSync(join(root, 'package.json'), join(installed, 'package.json'));
    cpSync(join(root, 'dist'), join(installed, 'dist'), { recursive: true });
    for (const name of Object.keys(pkg.dependencies ?? {})) {
      mkdirSync(dirname(join(app, 'node_modules', name)), { recursive: true });
      symlinkSync(join(root, 'node_modules', name), join(app, 'node_modules', name), 'dir');
    }
  });
  after(() => rmSync(app, { recursive: true, force: true }));

  test('fails with a message naming the package and how to install it, exit 2; extract still works', async () => {
    const installed = join(app, 'node_modules', 'news-card', 'dist', 'cli.js');
    const control = await run(['--input-type=module', '-e', "await import('@lit-labs/ssr')"], { cwd: app, script: null });
    assert.notEqual(control.status, 0, 'the app must not find @lit-labs/ssr');
    const { status, stdout, stderr } = await run(['render', JSON.stringify(seed)], { cwd: app, script: installed });
    assert.equal(status, 2);
    assert.equal(stdout, '');
    assert.match(stderr, /render needs the package @lit-labs\/ssr/);
    assert.match(stderr, /npm install @lit-labs\/ssr/);
    const extract = await run(['extract', fixture('formats/seed.page.html')], { cwd: app, script: installed });
    assert.equal(extract.status, 0, extract.stderr);
    assert.equal(JSON.parse(extract.stdout).headline, seed.headline);
  });
});
