// The interactive page in a real browser: Debian's Chromium driven by playwright-core.
// Usage: node page.test.js PAGE.html SCREENSHOT.png CHROMIUM
// Opens the page from a file:// URL with every other request refused, clicks the China -> Iran
// "mediates" edge of the bundled sample and checks the evidence panel shows its sentence with
// the cue marked; also hover, filters and search. Exits 1 on the first failure.
'use strict';

const { chromium } = require('playwright-core');
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { pathToFileURL } = require('url');

const [pagePath, screenshotPath, executablePath] = process.argv.slice(2);
if (!pagePath || !screenshotPath || !executablePath) {
  console.error('usage: node page.test.js PAGE.html SCREENSHOT.png CHROMIUM');
  process.exit(2);
}

// Without the background-networking flags Chromium keeps calling home on a closed network.
const chromiumArgs = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

function step(name) {
  console.log(`- ${name}`);
}

// The client coordinates of a point on the edge's path that the edge itself receives clicks at.
async function clickPointOfEdge(page, index) {
  return page.evaluate((i) => {
    const g = document.getElementById('e-' + i);
    const hit = g && g.querySelector('path.hit');
    if (!hit) return null;
    const length = hit.getTotalLength();
    const m = hit.getScreenCTM();
    for (const f of [0.5, 0.4, 0.6, 0.3, 0.7, 0.2, 0.8]) {
      const p = hit.getPointAtLength(length * f);
      const x = p.x * m.a + p.y * m.c + m.e;
      const y = p.x * m.b + p.y * m.d + m.f;
      const top = document.elementFromPoint(x, y);
      if (top && top.closest('g.relation') === g) return { x, y };
    }
    return null;
  }, index);
}

async function main() {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'relgraph-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    args: chromiumArgs,
    viewport: { width: 1600, height: 1000 },
  });
  const network = [];
  const errors = [];
  try {
    // The page must work offline: anything but the file itself is refused and recorded.
    await context.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith('file:')) return route.continue();
      network.push(url);
      return route.abort();
    });
    const page = context.pages()[0] || (await context.newPage());
    page.on('pageerror', (e) => errors.push(`page error: ${e.message}`));
    page.on('console', (m) => { if (m.type() === 'error') errors.push(`console error: ${m.text()}`); });

    step('open the page');
    await page.goto(pathToFileURL(path.resolve(pagePath)).href);
    await page.waitForSelector('#graph-svg g.actor');
    assert.match(await page.title(), /putin-xi/);

    step('click the China -> Iran mediates edge');
    const index = await page.evaluate(() => JSON.parse(document.getElementById('graph-data').textContent)
      .links.findIndex((l) => l.source === 'china' && l.target === 'iran' && l.relation === 'mediates'));
    assert.ok(index >= 0, 'the sample graph has the china -> iran mediates link');
    const point = await clickPointOfEdge(page, index);
    assert.ok(point, `edge e-${index} has a visible point to click`);
    await page.mouse.click(point.x, point.y);
    await page.waitForSelector('#evidence-body .evidence-list li');
    const evidence = await page.evaluate(() => ({
      head: document.querySelector('#evidence-body .relation-head').textContent,
      items: [...document.querySelectorAll('#evidence-body .evidence-list li')].map((li) => ({
        sentence: li.querySelector('blockquote').textContent,
        mark: li.querySelector('mark') ? li.querySelector('mark').textContent : null,
        source: li.querySelector('.source').textContent,
      })),
      selected: document.getElementById('e-' + document.getElementById('evidence-body').dataset.link)
        .classList.contains('selected'),
    }));
    assert.match(evidence.head, /China\s+mediates\s+\u2192\s+Iran/);
    const item = evidence.items.find((it) => it.sentence.includes('engineered an agreement'));
    assert.ok(item, `an evidence sentence contains "engineered an agreement": ${JSON.stringify(evidence.items)}`);
    assert.ok(item.sentence.startsWith('China engineered an agreement earlier this year between main Hamas sponsor Iran'));
    assert.ok(item.mark && item.sentence.includes(item.mark), `the cue is marked in the sentence (${item.mark})`);
    assert.match(item.source, /putin-xi/);
    assert.ok(evidence.selected, 'the clicked edge is drawn selected');

    step('hover China: its neighbours light up');
    await page.locator('#n-china').hover();
    const hover = await page.evaluate(() => ({
      focus: document.getElementById('diagram').classList.contains('focus'),
      iran: document.getElementById('n-iran').classList.contains('hl'),
      gabuev: document.getElementById('n-alexander-gabuev').classList.contains('hl'),
    }));
    assert.deepStrictEqual(hover, { focus: true, iran: true, gabuev: false });
    await page.mouse.move(2, 2);

    step('filter: no meets edges, no persons');
    await page.locator('#relation-filters input[value="meets"]').uncheck();
    await page.locator('#type-filters input[value="person"]').uncheck();
    const filtered = await page.evaluate(() => ({
      meets: [...document.querySelectorAll('#graph-svg g.rel-meets')].every((e) => getComputedStyle(e).display === 'none'),
      trades: [...document.querySelectorAll('#graph-svg g.rel-trades_with')].some((e) => getComputedStyle(e).display !== 'none'),
      putin: getComputedStyle(document.getElementById('n-vladimir-putin')).display,
      china: getComputedStyle(document.getElementById('n-china')).display,
    }));
    assert.deepStrictEqual(filtered, { meets: true, trades: true, putin: 'none', china: 'inline' });
    await page.locator('#relation-filters input[value="meets"]').check();
    await page.locator('#type-filters input[value="person"]').check();

    step('search an actor by alias');
    await page.locator('#search').fill('beijing');
    const results = await page.locator('#search-results li').allTextContents();
    assert.ok(results.some((r) => r.startsWith('China')), `"beijing" finds China: ${results}`);
    await page.locator('#search').press('Enter');
    assert.ok(await page.evaluate(() => document.getElementById('n-china').classList.contains('match')));
    await page.locator('#search').fill('');

    step('screenshot with the evidence panel open');
    await page.locator('#zoom-reset').click();
    const again = await clickPointOfEdge(page, index);
    assert.ok(again, `edge e-${index} is still clickable`);
    await page.mouse.click(again.x, again.y);
    await page.waitForSelector('#evidence-body .evidence-list li');
    fs.mkdirSync(path.dirname(path.resolve(screenshotPath)), { recursive: true });
    await page.screenshot({ path: screenshotPath });

    assert.deepStrictEqual(errors, [], 'no script errors');
    assert.deepStrictEqual(network, [], 'no network requests');
  } finally {
    await context.close();
    fs.rmSync(profile, { recursive: true, force: true });
  }
  console.log(`ok: ${pagePath} works in ${executablePath}; screenshot ${screenshotPath}`);
}

main().catch((e) => {
  console.error(`FAILED: ${e && e.stack ? e.stack : e}`);
  process.exit(1);
});
