#!/usr/bin/env node
// H5 sign-in test against a running API with seeded demo people (development mode):
// home (signed out) → 登录 → pick a seeded 业主 → home shows their name, community and the resident grid
// (real GET /api/v1/me), no placeholder entry (a WeChat review rejects 「即将上线」), and 通知公告 opens the notices
// list. Screenshots go to <repo>/.artifacts/.
//   H5_URL=http://127.0.0.1:3000/ node apps/miniapp/test/login.h5.mjs
import { h5Test, timeout } from './lib/h5.mjs';

const t = await h5Test('login.h5');
const page = await t.newPage();
await t.runSteps(async () => {
  t.step('open home');
  await t.goHash(page, '/pages/index/index');
  await page.getByText('您还没有登录').waitFor({ timeout });

  t.step('go to sign-in');
  await page.locator('.big-button', { hasText: '登录' }).click({ timeout });
  await page.getByText('测试登录（开发环境）').waitFor({ timeout });

  t.step('pick a seeded owner');
  const owner = page.locator('.list-item', { hasText: '业主' }).first();
  await owner.waitFor({ timeout });
  const name = (await owner.locator('.subtitle').innerText()).trim();
  const community = (await owner.locator('.text').first().innerText()).trim();
  t.log(`signing in as ${name}（${community}）`);
  await owner.click({ timeout });

  t.step('home shows the signed-in person from /api/v1/me');
  await page.getByText(`${name}，您好`).waitFor({ timeout });
  await page.getByText(`所在小区：${community}`).waitFor({ timeout });
  for (const label of ['报修', '我的工单', '业主表决', '公共收益', '绑定房屋']) {
    await page.locator('.grid-item__label', { hasText: label }).first().waitFor({ timeout });
  }
  await t.shot(page, 'home-signed-in');

  t.step('no placeholder entry; 通知公告 opens the notices list');
  // The old placeholder was labelled 通知 alone (即将上线); 通知公告 is the real page.
  if ((await page.locator('.grid-item', { hasText: /^\s*通知(?!公告)/ }).count()) > 0)
    throw new Error('placeholder entry 通知 shown');
  await page.locator('.grid-item', { hasText: '通知公告' }).first().click({ timeout });
  await page.locator('.notice-card').or(page.getByText('还没有通知。')).first().waitFor({ timeout });
  return 'signed in, home grid shown, every entry a real page, notices reached';
});
