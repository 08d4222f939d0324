#!/usr/bin/env node
// H5 test: a report refused by WeChat's content check (CONTENT.REJECTED with details.field) marks that field red with
// the API's Chinese message, and the mark goes as soon as the text is changed. The API's answer is stood in for with
// a browser route (the browser-test API runs without WeChat's content check); nothing is written.
//   H5_URL=http://127.0.0.1:3000/ node apps/miniapp/test/repairs-content.h5.mjs
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const baseUrl = process.env.H5_URL;
if (!baseUrl) {
  console.error('repairs-content.h5: set H5_URL to the H5 app, e.g. H5_URL=http://127.0.0.1:3000/');
  process.exit(2);
}
const timeout = Number(process.env.SMOKE_TIMEOUT_MS ?? 30_000);
const artifacts = fileURLToPath(new URL('../../../.artifacts/', import.meta.url));
mkdirSync(artifacts, { recursive: true });
const MESSAGE = '「问题描述」含有不适合发布的内容，请修改后再提交';

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
});
const pageErrors = [];
let page;
let failed = false;
let step = 'start';
const vis = (selector) => page.locator(selector).filter({ visible: true });
const byTest = (id) => vis(`[data-testid="${id}"]`);
async function fill(testId, value) {
  const field = byTest(testId).locator('input, textarea').first();
  await field.click({ timeout });
  await field.fill(value, { timeout });
}

try {
  step = 'sign in as 王秀英 and open 我要报修';
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, locale: 'zh-CN' });
  page = await context.newPage();
  page.on('pageerror', (err) => pageErrors.push(err.message));
  await page.goto(new URL('#/pages/login/index', baseUrl).toString(), { waitUntil: 'domcontentloaded', timeout });
  await page.getByText('测试登录（开发环境）').waitFor({ timeout });
  await page.locator('.list-item').filter({ has: page.locator('.subtitle').getByText('王秀英', { exact: true }) }).first().click({ timeout });
  await page.getByText('王秀英，您好').waitFor({ timeout });
  await page.goto(new URL('#/sub/repairs/report', baseUrl).toString(), { waitUntil: 'domcontentloaded', timeout });
  await byTest('rp-cat-lift').first().waitFor({ timeout });

  step = 'fill a common-area report; the API refuses the description';
  let posts = 0;
  await page.route('**/api/v1/repairs', async (route) => {
    if (route.request().method() !== 'POST') return route.fallback();
    posts++;
    await route.fulfill({
      status: 400,
      contentType: 'application/json',
      body: JSON.stringify({ error: { code: 'CONTENT.REJECTED', message: MESSAGE, details: { field: 'description' } } }),
    });
  });
  await byTest('rp-area-common').first().click({ timeout });
  await byTest('rp-cat-lift').first().click({ timeout });
  await fill('rp-location', '3幢2单元电梯');
  await fill('rp-description', '电梯按钮失灵');
  await byTest('rp-submit').first().click({ timeout });
  const error = byTest('rp-description-error');
  await error.waitFor({ timeout });
  if ((await error.innerText()).trim() !== MESSAGE) throw new Error(`field message was 「${await error.innerText()}」`);
  await byTest('rp-content-rejected').waitFor({ timeout });
  if (!(await vis('[data-testid="rp-description"].rp-textarea--bad').count())) throw new Error('the description box is not marked red');
  if (await byTest('rp-location-error').count()) throw new Error('the location was marked although it passed');
  if (posts !== 1) throw new Error(`expected one POST, saw ${posts}`);
  await byTest('rp-description').first().scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${artifacts}repairs-content-h5-1-rejected.png`, fullPage: true });

  step = 'changing the description removes the mark at once';
  await fill('rp-description', '电梯按钮失灵，按了没有反应');
  await byTest('rp-description-error').waitFor({ state: 'detached', timeout });
  if (await vis('.rp-textarea--bad').count()) throw new Error('the description box is still red after the change');
  await page.screenshot({ path: `${artifacts}repairs-content-h5-2-corrected.png`, fullPage: true });

  if (pageErrors.length) throw new Error(`page errors: ${pageErrors.join(' | ')}`);
  console.log('repairs-content.h5: a description refused by the content check is marked red with the Chinese message, and unmarked once changed');
} catch (err) {
  failed = true;
  console.error(`repairs-content.h5: FAILED at 「${step}」 — ${err instanceof Error ? err.message.split('\n')[0] : String(err)}`);
  if (page) {
    const body = await page.locator('body').innerText().catch(() => '');
    if (body) console.error(`repairs-content.h5: page text was:\n${body.slice(0, 1200)}`);
    await page.screenshot({ path: `${artifacts}repairs-content-h5-failed.png`, fullPage: true }).catch(() => undefined);
  }
} finally {
  await browser.close();
}
process.exit(failed ? 1 : 0);
