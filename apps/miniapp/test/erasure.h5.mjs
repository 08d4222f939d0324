#!/usr/bin/env node
// H5 test of 申请注销 (PIPL Art. 47) in 我的数据, against a running API with the demo district seeded.
//
//   1. 周德明 (committee chair): 我的数据 → 申请注销并删除我的个人信息 → the explanation (what is deleted, what stays)
//      → 我已了解，下一步 → 最后确认 → 确认注销 → refused in Chinese (a platform administrator must remove the chair role first); nothing
//      happens, 不注销了 closes the steps.
//   2. 李明 (tenant, used by no other browser test): the same steps → 确认注销 → signed out, back on the home page
//      (您还没有登录); the dev picker no longer lists 李明. This consumes 李明: run it on fresh demo data.
// Screenshots go to <repo>/.artifacts/erasure-h5-*.png.
//   H5_URL=http://127.0.0.1:3000/ node apps/miniapp/test/erasure.h5.mjs
import { h5Test, timeout } from './lib/h5.mjs';

const t = await h5Test('erasure.h5');

let page;

/** Screenshot once Taro's page slide-in has finished (otherwise the page is captured half off-screen). */
const shot = (name) => t.shot(page, name);

/** A fresh browser context (no stored session) on the dev sign-in picker. */
async function openPicker() {
  if (page) await t.closePage(page);
  page = await t.newPage();
  await t.openPicker(page);
}

const pickerItem = (name) => t.pickerItem(page, name);

async function signInAs(name) {
  if (page) await t.closePage(page);
  page = await t.signInAs(await t.newPage(), name);
}

const btn = (text) => page.locator('.nut-button', { hasText: new RegExp(`^${text}$`) });

/** 我的数据 → the two steps, up to the last confirmation. */
async function throughTheSteps(prefix) {
  await page.locator('.grid-item', { hasText: '我的数据' }).first().click({ timeout });
  await page.locator('[data-testid="my-data-person"]').waitFor({ timeout });
  await btn('申请注销并删除我的个人信息').click({ timeout });
  const explain = page.locator('[data-testid="erasure-explain"]');
  await explain.waitFor({ timeout });
  for (const text of [
    '注销后会删除',
    '依法保留，但不再显示您的姓名和手机号',
    '已投出的选票：表决结果依法保留',
    '注销后不能恢复。再次使用需要重新登录并绑定房屋。',
  ]) {
    await explain.getByText(text).first().waitFor({ timeout });
  }
  await explain.scrollIntoViewIfNeeded();
  await shot(`${prefix}-explain`);
  await btn('我已了解，下一步').click({ timeout });
  await page.locator('[data-testid="erasure-confirm"]').getByText('最后确认：注销后不能恢复').waitFor({ timeout });
  await shot(`${prefix}-confirm`);
}

await t.runSteps(async () => {
  t.step('周德明 (committee chair) is refused with the reason');
  await signInAs('周德明');
  await throughTheSteps('1-chair');
  await btn('确认注销').click({ timeout });
  const confirmCard = page.locator('[data-testid="erasure-confirm"]');
  await confirmCard.getByText(/您目前担任业委会主任，暂不能注销：请先请平台管理员移除该角色/).waitFor({ timeout });
  await shot('2-chair-refused');
  await btn('不注销了').first().click({ timeout });
  await page.locator('[data-testid="erasure-start"]').waitFor({ timeout });
  await page.getByText('周德明', { exact: true }).first().waitFor({ timeout });

  t.step('李明 (tenant) deletes his data and is signed out');
  await signInAs('李明');
  await throughTheSteps('3-tenant');
  await btn('确认注销').click({ timeout });
  await page.getByText('您还没有登录').waitFor({ timeout });
  await shot('4-signed-out-home');

  t.step('the dev picker no longer lists 李明');
  await openPicker();
  await pickerItem('周德明').waitFor({ timeout });
  if (await pickerItem('李明').count()) throw new Error('李明 is still listed after erasure');

  return '周德明 refused with the reason (role first); 李明 went through both steps, was signed out and is gone from the picker';
});
