#!/usr/bin/env node
// H5 test of 通知公告 (issue 23) against a running API with the seeded demo community 阳光花园, through the pages:
//   1. 吴淑珍 (committee) publishes a meeting notice (会议通知: owner-addressed, asks 我已知晓).
//   2. 王秀英 (owner) opens it from 通知公告 (the read is recorded) and taps 我已知晓.
//   3. 吴淑珍 prints the poster: it carries the 小程序码 (from the WeChat stand-in of scripts/browser-tests.mjs) and the hash.
//   4. 钱维修 (property staff) records the posting with a photo of the board and the place.
//   5. 吴淑珍 sees reach by building (at least one household read it) and the posting.
//   H5_URL=http://127.0.0.1:3000/ node apps/miniapp/test/notices.h5.mjs
import { byTest, fill, h5Test, timeout, vis } from './lib/h5.mjs';

const t = await h5Test('notices.h5');
const signIn = async (name) => t.signInAs(await t.newPage(name), name, { community: '阳光花园' });
const title = `业主大会会议通知 ${Date.now() % 100000}`;

async function photoPng(page) {
  const dataUrl = await page.evaluate(() => {
    const c = document.createElement('canvas');
    c.width = 320;
    c.height = 240;
    const g = c.getContext('2d');
    g.fillStyle = '#2e5e3e';
    g.fillRect(0, 0, 320, 240);
    g.fillStyle = '#ffffff';
    g.fillRect(60, 40, 200, 160);
    return c.toDataURL('image/png');
  });
  return Buffer.from(dataUrl.split(',')[1], 'base64');
}

await t.runSteps(async () => {
  t.step('吴淑珍 publishes a meeting notice');
  const member = await signIn('吴淑珍');
  await vis(member, '.grid-item').filter({ hasText: '发布通知' }).first().click({ timeout });
  await byTest(member, 'notice-new').click({ timeout });
  await byTest(member, 'notice-type-meeting').click({ timeout });
  await fill(member, 'notice-title-input', title);
  await fill(member, 'notice-body-input', '12月20日上午9点在小区会所召开业主大会，审议物业服务合同续签。');
  await t.shot(member, '1-committee-form');
  await byTest(member, 'notice-publish').click({ timeout });
  await byTest(member, 'notice-title').filter({ hasText: title }).waitFor({ timeout });
  await t.shot(member, '2-committee-published');

  t.step('王秀英 reads it and taps 我已知晓');
  const owner = await signIn('王秀英');
  await vis(owner, '.grid-item').filter({ hasText: '通知公告' }).first().click({ timeout });
  await byTest(owner, 'notice-item').filter({ hasText: title }).first().click({ timeout });
  await byTest(owner, 'notice-title').filter({ hasText: title }).waitFor({ timeout });
  await byTest(owner, 'notice-ack').click({ timeout });
  await byTest(owner, 'notice-acknowledged').waitFor({ timeout });
  await t.shot(owner, '3-owner-acknowledged');

  t.step('吴淑珍 prints the poster with its 小程序码');
  await member.reload({ waitUntil: 'domcontentloaded', timeout });
  await byTest(member, 'notice-poster').waitFor({ timeout });
  const popup = member.waitForEvent('popup', { timeout });
  await byTest(member, 'notice-poster').click({ timeout });
  const poster = await popup;
  await poster.waitForFunction((want) => document.body?.innerText.includes(want), title, { timeout });
  const html = await poster.content();
  if (!html.includes('alt="小程序码"') || !html.includes('data:image/png;base64,'))
    throw new Error(`the poster has no 小程序码: ${html.slice(-600)}`);
  if (!html.includes(title)) throw new Error('the poster does not carry the title');
  if (!/哈希：[0-9a-f]{64}/.test(html)) throw new Error('the poster does not show the hash');
  await t.shot(poster, '4-poster');
  await poster.close();

  t.step('钱维修 records the posting photo');
  const staff = await signIn('钱维修');
  await vis(staff, '.grid-item').filter({ hasText: '发布通知' }).first().click({ timeout });
  await byTest(staff, 'notice-item').filter({ hasText: title }).first().click({ timeout });
  await fill(staff, 'notice-place', '3幢1单元大堂公告栏');
  const chooser = staff.waitForEvent('filechooser', { timeout });
  await byTest(staff, 'notice-photo').click({ timeout });
  await (await chooser).setFiles({ name: '公告栏.png', mimeType: 'image/png', buffer: await photoPng(staff) });
  await byTest(staff, 'notice-photo').filter({ hasText: '照片已上传' }).waitFor({ timeout });
  await byTest(staff, 'notice-post').click({ timeout });
  await byTest(staff, 'notice-posting').filter({ hasText: '3幢1单元大堂公告栏' }).waitFor({ timeout });
  await t.shot(staff, '5-staff-posted');

  t.step('吴淑珍 sees reach by building');
  await member.reload({ waitUntil: 'domcontentloaded', timeout });
  await byTest(member, 'notice-reach').filter({ hasText: '已读' }).waitFor({ timeout });
  const text = await byTest(member, 'notice-reach').first().innerText();
  if (!/已读 [1-9]\d* \/ \d+ 户/.test(text)) throw new Error(`reach does not count the owner's read: ${text}`);
  await byTest(member, 'notice-reach-building').first().waitFor({ timeout });
  await byTest(member, 'notice-posting').first().waitFor({ timeout });
  await t.shot(member, '6-committee-reach');
  return 'published, read and acknowledged, poster with code, posting recorded, reach by building';
});
