#!/usr/bin/env node
// H5 test of the WeChat review path (docs/weapp-review.md): a reviewer's account with no binding in 审核演示小区 finds
// it by name, enters it with one tap (no name, phone or document asked), lands on home as 住户 of the demo community,
// and files a repair there that 我的工单 then lists. The persona is 冯社区 (neighbourhood officer of 阳光花园, used by
// no other browser test): for 审核演示小区 he is a stranger, as a reviewer's new account is.
//   H5_URL=http://127.0.0.1:3000/ node apps/miniapp/test/review.h5.mjs
import { byTest, fill, h5Test, tap, timeout, vis, waitText } from './lib/h5.mjs';

const t = await h5Test('review.h5');
const page = await t.signInAs(await t.newPage(), '冯社区');
const btn = (scope, text) => scope.locator('.nut-button', { hasText: new RegExp(`^${text}$`) });
const tile = (label) =>
  page.locator('.grid-item', { has: page.locator('.grid-item__label', { hasText: new RegExp(`^${label}$`) }) });
const description = `演示：卫生间水龙头滴水（审核 ${Date.now().toString(36)}）`;

await t.runSteps(async () => {
  t.step('绑定房屋 → 申请绑定房屋 → 其他小区 → search 「审核」');
  await tile('绑定房屋').click({ timeout });
  await btn(page, '申请绑定房屋').click({ timeout });
  const card = page.locator('[data-testid="community-card"]');
  await card.locator('[data-testid="community-other"]').click({ timeout });
  const search = page.locator('[data-testid="community-search"]');
  await search.locator('[data-testid="field-community-q"] input').fill('审核');
  await btn(search, '查找小区').click({ timeout });
  const result = search.locator('[data-testid="community-result"]', { hasText: '审核演示小区' });
  await result.waitFor({ timeout });
  await result.click({ timeout });

  t.step('the review community asks for nothing personal: one button');
  await byTest(page, 'review-join').waitFor({ timeout });
  await waitText(page, '无需填写姓名、手机号或上传证件');
  for (const field of ['field-name', 'field-phone', 'field-building'])
    if (await vis(page, `[data-testid="${field}"]`).count()) throw new Error(`${field} shown for the review community`);
  await t.shot(page, '1-review-join');
  await tap(page, 'review-join-go');

  t.step('home: 审核演示小区, as 住户');
  await page.getByText('所在小区：审核演示小区').waitFor({ timeout });
  await page
    .getByText(/身份：住户/)
    .first()
    .waitFor({ timeout });
  await t.shot(page, '2-home-in-review-community');

  t.step('report a repair in the demo flat');
  await tile('报修').click({ timeout });
  await byTest(page, 'rp-cat-water').waitFor({ timeout });
  await tap(page, 'rp-area-unit');
  // One flat: it is named, nothing to choose.
  await waitText(page, '房屋：1幢1单元101');
  await tap(page, 'rp-cat-water');
  await tap(page, 'rp-urgency-normal');
  await fill(page, 'rp-location', '卫生间');
  await fill(page, 'rp-description', description);
  await tap(page, 'rp-submit');
  await byTest(page, 'rp-detail').waitFor({ timeout });
  await waitText(page, '报修已提交');
  await t.shot(page, '3-ticket');

  t.step('我的工单 lists it');
  await t.goHash(page, '/pages/index/index');
  await tile('我的工单').click({ timeout });
  await byTest(page, 'rp-ticket').filter({ hasText: description }).first().waitFor({ timeout });
  return 'entered 审核演示小区 with one tap as 住户, reported a repair, listed in 我的工单';
});
