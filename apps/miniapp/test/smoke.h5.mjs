#!/usr/bin/env node
// H5 smoke test: opens the home page of a running H5 build and waits for 「服务正常」, which only
// appears after a real GET /healthz answer. Saves a screenshot to <repo>/.artifacts/.
//   H5_URL=http://127.0.0.1:3000/ node apps/miniapp/test/smoke.h5.mjs
// Exits non-zero on failure (page error, no text within the timeout, browser missing).
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const baseUrl = process.env.H5_URL;
if (!baseUrl) {
  console.error('smoke.h5: set H5_URL to the H5 app, e.g. H5_URL=http://127.0.0.1:3000/');
  process.exit(2);
}
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const timeoutMs = Number(process.env.SMOKE_TIMEOUT_MS ?? 30_000);
const artifacts = fileURLToPath(new URL('../../../.artifacts/', import.meta.url));
mkdirSync(artifacts, { recursive: true });

const browser = await chromium.launch({
  executablePath,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
});
let failed = false;
const page = await browser.newPage({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, locale: 'zh-CN' });
const pageErrors = [];
page.on('pageerror', (err) => pageErrors.push(err.message));
page.on('console', (msg) => {
  if (msg.type() === 'error') console.error(`smoke.h5: [console] ${msg.text()}`);
});
try {
  const url = new URL('#/pages/index/index', baseUrl).toString();
  console.log(`smoke.h5: opening ${url}`);
  await page.goto(url, { waitUntil: 'domcontentloaded', timeout: timeoutMs });
  await page.getByText('服务正常', { exact: true }).waitFor({ state: 'visible', timeout: timeoutMs });
  const version = (await page.getByTestId('health-ok').innerText()).replace(/\s+/g, ' ');
  console.log(`smoke.h5: home page shows 「${version}」`);
  const signedOut = await page.getByText('您还没有登录').count();
  if (signedOut) console.log('smoke.h5: signed-out state with the 登录 button');
  if (pageErrors.length) throw new Error(`page errors: ${pageErrors.join(' | ')}`);
} catch (err) {
  failed = true;
  console.error(`smoke.h5: FAILED — ${err instanceof Error ? err.message : String(err)}`);
  const body = await page.locator('body').innerText().catch(() => '');
  if (body) console.error(`smoke.h5: page text was:\n${body.slice(0, 800)}`);
} finally {
  const shot = `${artifacts}smoke-h5-home${failed ? '-failed' : ''}.png`;
  await page.screenshot({ path: shot, fullPage: true }).catch(() => undefined);
  console.log(`smoke.h5: screenshot ${shot}`);
  await browser.close();
}
process.exit(failed ? 1 : 0);
