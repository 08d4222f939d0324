#!/usr/bin/env node
// H5 sign-in test against a running API with seeded demo people (development mode):
// home (signed out) → 登录 → pick a seeded 业主 → home shows their name, community and the resident grid
// (real GET /api/v1/me) → 通知 (not built yet) opens the 「即将上线」 page. Screenshots go to <repo>/.artifacts/.
//   H5_URL=http://127.0.0.1:3000/ node apps/miniapp/test/login.h5.mjs
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const baseUrl = process.env.H5_URL;
if (!baseUrl) {
  console.error('login.h5: set H5_URL to the H5 app, e.g. H5_URL=http://127.0.0.1:3000/');
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
let step = 'open home';
try {
  await page.goto(new URL('#/pages/index/index', baseUrl).toString(), { waitUntil: 'domcontentloaded', timeout });
  await page.getByText('您还没有登录').waitFor({ timeout });

  step = 'go to sign-in';
  await page.locator('.big-button', { hasText: '登录' }).click({ timeout });
  await page.getByText('测试登录（开发环境）').waitFor({ timeout });

  step = 'pick a seeded owner';
  const owner = page.locator('.list-item', { hasText: '业主' }).first();
  await owner.waitFor({ timeout });
  const name = (await owner.locator('.subtitle').innerText()).trim();
  const community = (await owner.locator('.text').first().innerText()).trim();
  console.log(`login.h5: signing in as ${name}（${community}）`);
  await owner.click({ timeout });

  step = 'home shows the signed-in person from /api/v1/me';
  await page.getByText(`${name}，您好`).waitFor({ timeout });
  await page.getByText(`所在小区：${community}`).waitFor({ timeout });
  for (const label of ['报修', '我的工单', '业主表决', '公共收益', '通知', '绑定房屋']) {
    await page.locator('.grid-item__label', { hasText: label }).first().waitFor({ timeout });
  }
  await page.screenshot({ path: `${artifacts}login-h5-home-signed-in.png`, fullPage: true });

  step = 'an unbuilt entry opens the placeholder';
  await page.locator('.grid-item', { hasText: '通知' }).first().click({ timeout });
  await page.getByText('即将上线', { exact: true }).last().waitFor({ timeout });
  if (pageErrors.length) throw new Error(`page errors: ${pageErrors.join(' | ')}`);
  console.log('login.h5: signed in, home grid shown, placeholder reached');
} catch (err) {
  failed = true;
  console.error(`login.h5: FAILED at 「${step}」 — ${err instanceof Error ? err.message.split('\n')[0] : String(err)}`);
  const body = await page.locator('body').innerText().catch(() => '');
  if (body) console.error(`login.h5: page text was:\n${body.slice(0, 800)}`);
  await page.screenshot({ path: `${artifacts}login-h5-failed.png`, fullPage: true }).catch(() => undefined);
} finally {
  await browser.close();
}
process.exit(failed ? 1 : 0);
