#!/usr/bin/env node
// District overview (辖区概览): the district regulator signs in through the dev picker, opens 辖区概览 from the home grid
// and sees every community of the demo district with figures read from GET /api/v1/district/overview.
//   H5_URL=http://127.0.0.1:3000/ node apps/miniapp/test/district.h5.mjs
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const baseUrl = process.env.H5_URL;
if (!baseUrl) {
  console.error('district.h5: set H5_URL to the H5 app, e.g. H5_URL=http://127.0.0.1:3000/');
  process.exit(2);
}
const timeout = Number(process.env.SMOKE_TIMEOUT_MS ?? 30_000);
const artifacts = fileURLToPath(new URL('../../../.artifacts/', import.meta.url));
mkdirSync(artifacts, { recursive: true });

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
});
const page = await browser.newPage({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, locale: 'zh-CN' });
const pageErrors = [];
page.on('pageerror', (err) => pageErrors.push(err.message));
let failed = false;
let step = 'sign in as the regulator';
try {
  await page.goto(new URL('#/pages/login/index', baseUrl).toString(), { waitUntil: 'domcontentloaded', timeout });
  await page.locator('.list-item', { hasText: '黄监管' }).first().click({ timeout });

  step = 'open 辖区概览 from the home grid';
  await page.locator('.grid-item', { hasText: '辖区概览' }).first().click({ timeout });
  await page.getByTestId('district-summary').waitFor({ timeout });

  step = 'every community of the demo district is listed with its figures';
  const cards = page.getByTestId('district-community');
  await cards.first().waitFor({ timeout });
  const texts = await cards.allInnerTexts();
  for (const name of ['阳光花园', '桂花苑']) {
    if (!texts.some((t) => t.includes(name))) throw new Error(`${name} is not listed: ${texts.map((t) => t.split('\n')[0]).join('、')}`);
  }
  const sunshine = texts.find((t) => t.includes('阳光花园'));
  // The demo seed: 300 homes, 4 shops and 20 parking spaces.
  if (!/324 户/.test(sunshine)) throw new Error(`阳光花园 should show its 324 units: ${sunshine.slice(0, 120)}`);
  for (const label of ['未关闭工单', '其中已超时', '正在投票', '最近一次公示']) {
    if (!sunshine.includes(label)) throw new Error(`figure 「${label}」 missing`);
  }
  await page.screenshot({ path: `${artifacts}district-h5-overview.png`, fullPage: true });
  if (pageErrors.length) throw new Error(`page errors: ${pageErrors.join(' | ')}`);
  console.log(`district.h5: ${texts.length} communities listed for 黄监管, figures shown`);
} catch (err) {
  failed = true;
  console.error(`district.h5: FAILED at 「${step}」 — ${err instanceof Error ? err.message.split('\n')[0] : String(err)}`);
  const body = await page.locator('body').innerText().catch(() => '');
  if (body) console.error(`district.h5: page text was:\n${body.slice(0, 800)}`);
  await page.screenshot({ path: `${artifacts}district-h5-failed.png`, fullPage: true }).catch(() => undefined);
} finally {
  await browser.close();
}
process.exit(failed ? 1 : 0);
