#!/usr/bin/env node
// H5 repairs (报修) test against a running API with the seeded demo district (development mode):
// 王秀英 reports a kitchen leak in her flat with a photo (a double tap makes one ticket) → 钱维修 takes it, starts and
// completes it with a photo → 王秀英 says 「没修好」 → 钱维修 completes again → 王秀英 confirms 「已修好」 and rates 5 stars
// → her messages list the steps → the statistics page counts the ticket, the reopen and the rating (committee: full
// figures; resident: headline only). Screenshots go to <repo>/.artifacts/repairs-h5-*.png.
//   H5_URL=http://127.0.0.1:3000/ node apps/miniapp/test/repairs.h5.mjs
import { byTest, fill, h5Test, tap, timeout, vis, waitText } from './lib/h5.mjs';

const t = await h5Test('repairs.h5');
const { baseUrl } = t;

/** A 64×48 blue JPEG (what a phone camera gives, much smaller). */
const JPEG = Buffer.from(
  '/9j/2wBDAA0JCgsKCA0LCgsODg0PEyAVExISEyccHhcgLikxMC4pLSwzOko+MzZGNywtQFdBRkxOUlNSMj5aYVpQYEpRUk//2wBDAQ4ODhMREyYVFSZPNS01T09PT09PT09PT09PT09PT09PT09PT09PT09PT09PT09PT09PT09PT09PT09PT09PT0//wAARCAAwAEADASIAAhEBAxEB/8QAFQABAQAAAAAAAAAAAAAAAAAAAAX/xAAUEAEAAAAAAAAAAAAAAAAAAAAA/8QAFQEBAQAAAAAAAAAAAAAAAAAAAAX/xAAUEQEAAAAAAAAAAAAAAAAAAAAA/9oADAMBAAIRAxEAPwCaAvI4AAAAAAAAAAAAAAAAAAAAAD//2Q==',
  'base64',
);
const photo = (name) => ({ name, mimeType: 'image/jpeg', buffer: JPEG });

// ---- read-only API helpers (figures before the test, to compare the statistics page with) ----
const { apiJson } = t;
const apiSession = t.apiSession;

// ---- browser ----

/** Each person in their own browser context (own session), acting in 阳光花园 (the property manager works for two communities). */
const signIn = async (name) => t.signInAs(await t.newPage(name), name, { community: '阳光花园' });
const shot = (page, name) => t.shot(page, name);
const goHash = (page, hash) =>
  page.goto(new URL(`#${hash}`, baseUrl).toString(), { waitUntil: 'domcontentloaded', timeout });
const openHome = async (page) => {
  await goHash(page, '/pages/index/index');
  await page.getByText('您可以做什么').waitFor({ timeout });
};
/** Taps a home tile and waits for its page. The home grid re-renders when /me is re-read on show, which can swallow
 * a tap: tap again (up to 3 times) until the page is there. */
async function openTile(page, label, pageTestId) {
  for (let attempt = 1; ; attempt++) {
    await vis(page, '.grid-item')
      .filter({ has: page.locator('.grid-item__label').getByText(label, { exact: true }) })
      .first()
      .click({ timeout });
    try {
      await byTest(page, pageTestId)
        .first()
        .waitFor({ timeout: attempt < 3 ? 5_000 : timeout });
      return;
    } catch (err) {
      if (attempt >= 3) throw err;
    }
  }
}
/** Taps the photo button and hands the file chooser that Taro's H5 chooseImage opens a JPEG; waits for the upload. */
async function addPhoto(page, name) {
  const before = await byTest(page, 'rp-picked-photo').count();
  const chooser = page.waitForEvent('filechooser', { timeout });
  await tap(page, 'rp-add-photo');
  await (await chooser).setFiles(photo(name));
  await page.waitForFunction(
    (n) =>
      [...document.querySelectorAll('[data-testid="rp-picked-photo"]')].filter((e) => e.offsetParent !== null).length >
      n,
    before,
    { timeout },
  );
}
async function expectStatus(page, label) {
  await byTest(page, 'rp-summary').locator('.rp-badge', { hasText: label }).first().waitFor({ timeout });
}
async function move(page, action, { note, photoName } = {}) {
  await tap(page, `rp-action-${action}`);
  await byTest(page, `rp-form-${action}`).waitFor({ timeout });
  if (note) await fill(page, 'rp-move-note', note);
  if (photoName) await addPhoto(page, photoName);
  await tap(page, 'rp-move-confirm');
  await byTest(page, `rp-form-${action}`).waitFor({ state: 'detached', timeout });
}
const openTicketPage = async (page, id) => {
  await goHash(page, `/sub/repairs/detail?id=${id}`);
  await byTest(page, 'rp-summary').waitFor({ timeout });
};
/** The number shown after a label on the statistics page, e.g. 「返工率…」 → "100%（1/1）". */
const figure = (page, testId) => byTest(page, testId).locator('.rp-figure__value').innerText();

const description = `厨房水管接口漏水，地上都是水（测试 ${Date.now().toString(36)}）`;
await t.runSteps(async () => {
  t.step('figures before (API)');
  const chair = await apiSession('周德明');
  const before = await apiJson('/api/v1/repairs/stats', chair.token, chair.communityId);

  // ---------------------------------------------------------------- resident reports
  t.step('resident opens the report form from the home grid');
  const wang = await signIn('王秀英');
  await openTile(wang, '报修', 'rp-report');
  await byTest(wang, 'rp-cat-water').waitFor({ timeout });
  await shot(wang, '1-report-empty');

  t.step('a submission with nothing chosen says what is missing');
  await tap(wang, 'rp-submit');
  await waitText(wang, '请选择：家里还是公共区域');
  await waitText(wang, '请选择是什么问题');

  t.step('fill the leak report: my flat, water, urgent, where, what, a photo, when');
  await tap(wang, 'rp-area-unit');
  // She owns a flat and a parking space: the flat is chosen for her.
  await vis(wang, '.rp-chip--on').filter({ hasText: '1幢1单元101' }).first().waitFor({ timeout });
  await waitText(wang, '请选择是什么问题');
  if (await vis(wang, 'text=请选择：家里还是公共区域').count())
    throw new Error('the area problem stays after choosing');
  await tap(wang, 'rp-cat-water');
  await tap(wang, 'rp-urgency-urgent');
  await fill(wang, 'rp-location', '厨房水槽下');
  await fill(wang, 'rp-description', description);
  await addPhoto(wang, 'leak.jpg');
  await vis(wang, '.rp-chip').filter({ hasText: '工作日晚上' }).first().click({ timeout });
  await shot(wang, '2-report-filled');

  t.step('a double tap on 「提交报修」 makes one ticket');
  await byTest(wang, 'rp-submit').first().dblclick({ timeout });
  await byTest(wang, 'rp-detail').waitFor({ timeout });
  await waitText(wang, '报修已提交');
  const ticketId = new URL(wang.url().replace('#', ''), baseUrl).searchParams.get('id');
  if (!ticketId) throw new Error(`no ticket id in ${wang.url()}`);
  await expectStatus(wang, '已提交');
  await byTest(wang, 'rp-timeline').getByText('提交报修').waitFor({ timeout });
  await byTest(wang, 'rp-summary').locator('[data-testid="rp-photo"]').first().waitFor({ timeout });
  await shot(wang, '3-ticket-submitted');
  await tapTileFromMine(wang);

  // ---------------------------------------------------------------- staff take, start, complete
  t.step('staff find the ticket in the queue');
  const qian = await signIn('钱维修');
  await openTile(qian, '工单队列', 'rp-queue');
  const card = byTest(qian, 'rp-ticket').filter({ hasText: description });
  await card.first().waitFor({ timeout });
  await shot(qian, '5-queue');
  await card.first().locator('.rp-ticket__title').click({ timeout });
  await byTest(qian, 'rp-summary').waitFor({ timeout });
  await waitText(qian, '打电话给报修人');

  t.step('staff take, start and complete it with a photo');
  await move(qian, 'take');
  await expectStatus(qian, '已派单');
  await move(qian, 'start');
  await expectStatus(qian, '处理中');
  await tap(qian, 'rp-action-complete');
  await byTest(qian, 'rp-form-complete').waitFor({ timeout });
  await shot(qian, '6-complete-form');
  await fill(qian, 'rp-move-note', '更换了水槽下的软管');
  await addPhoto(qian, 'fixed.jpg');
  await tap(qian, 'rp-move-confirm');
  await expectStatus(qian, '已完成待确认');
  await shot(qian, '7-staff-completed');

  // ---------------------------------------------------------------- resident: not fixed
  t.step('resident says 「没修好」 (with a confirmation step)');
  await openTicketPage(wang, ticketId);
  await expectStatus(wang, '已完成待确认');
  await waitText(wang, '修好了吗？');
  await shot(wang, '8-done-asks-resident');
  await tap(wang, 'rp-action-reopen');
  await byTest(wang, 'rp-form-reopen').waitFor({ timeout });
  await tap(wang, 'rp-move-confirm');
  await waitText(wang, '请写明原因');
  await fill(wang, 'rp-move-note', '接口还在滴水');
  await tap(wang, 'rp-move-confirm');
  await expectStatus(wang, '处理中');
  await waitText(wang, '已返工 1 次');
  await byTest(wang, 'rp-timeline').getByText('接口还在滴水').waitFor({ timeout });

  t.step('staff complete again');
  await openTicketPage(qian, ticketId);
  await expectStatus(qian, '处理中');
  await move(qian, 'complete', { note: '重新缠了生料带，已不再滴水' });
  await expectStatus(qian, '已完成待确认');

  // ---------------------------------------------------------------- resident confirms and rates
  t.step('resident confirms 「已修好」');
  await openTicketPage(wang, ticketId);
  await move(wang, 'confirm');
  await expectStatus(wang, '已确认解决');

  t.step('resident rates 5 stars with a tag and a comment');
  await byTest(wang, 'rp-rating-form').waitFor({ timeout });
  await tap(wang, 'rp-star-5');
  await vis(wang, '.rp-chip').filter({ hasText: '响应快' }).first().click({ timeout });
  await fill(wang, 'rp-rating-form', '师傅很耐心，谢谢');
  await tap(wang, 'rp-rating-submit');
  await byTest(wang, 'rp-rating').getByText('（5 分）').waitFor({ timeout });
  await byTest(wang, 'rp-rating').getByText('响应快').waitFor({ timeout });
  const events = await byTest(wang, 'rp-event').count();
  // submit, take, start, complete, reopen, complete, confirm, rate
  if (events < 8) throw new Error(`timeline has ${events} steps, expected at least 8`);
  await shot(wang, '9-confirmed-rated');

  t.step('resident messages list what happened');
  await goHash(wang, '/sub/repairs/messages');
  await byTest(wang, 'rp-messages').waitFor({ timeout });
  await byTest(wang, 'rp-message').first().waitFor({ timeout });
  await shot(wang, '10-messages');

  // ---------------------------------------------------------------- statistics
  t.step('committee statistics count the ticket, the reopen and the rating');
  const zhou = await signIn('周德明');
  await openTile(zhou, '报修统计', 'rp-stats');
  await byTest(zhou, 'rp-stats-detail').waitFor({ timeout });
  const d0 = before.detail;
  const total = await figure(zhou, 'rp-stat-total');
  if (Number(total) !== before.headline.total + 1)
    throw new Error(`报修总数 shows ${total}, expected ${before.headline.total + 1}`);
  const reopen = await figure(zhou, 'rp-stat-reopen');
  if (!reopen.includes(`（${d0.reopened + 1}/${d0.everCompleted + 1}）`))
    throw new Error(`返工率 shows ${reopen}, expected (${d0.reopened + 1}/${d0.everCompleted + 1})`);
  const satisfaction = await figure(zhou, 'rp-stat-satisfaction');
  if (!satisfaction.includes(`（${d0.satisfied + 1}/${d0.rated + 1}）`))
    throw new Error(`满意率 shows ${satisfaction}, expected (${d0.satisfied + 1}/${d0.rated + 1})`);
  const confirmed = await figure(zhou, 'rp-stat-confirmed');
  if (Number(confirmed) !== before.headline.confirmed + 1) throw new Error(`住户确认修好 shows ${confirmed}`);
  if ((await figure(zhou, 'rp-stat-rating')) === '暂无') throw new Error('平均评分 shows 暂无 after a rating');
  await shot(zhou, '11-stats-committee');

  t.step('resident statistics show the headline only');
  await goHash(wang, '/sub/repairs/stats');
  await byTest(wang, 'rp-stats-headline').waitFor({ timeout });
  await waitText(wang, '更详细的数据由业委会、物业和监管部门查看');
  if (await byTest(wang, 'rp-stats-detail').count()) throw new Error('a resident sees the detailed statistics');
  await shot(wang, '12-stats-resident');

  return `ticket ${ticketId}: reported with a photo, taken, completed, reopened, completed, confirmed, rated 5; statistics ${total} tickets, 返工率 ${reopen}, 满意率 ${satisfaction}`;
});

/** 「我的工单」 lists exactly one ticket with this description (the double tap made one). */
async function tapTileFromMine(page) {
  t.step('my tickets list the report once');
  await openHome(page);
  await openTile(page, '我的工单', 'rp-mine');
  await byTest(page, 'rp-ticket').filter({ hasText: description }).first().waitFor({ timeout });
  const n = await byTest(page, 'rp-ticket').filter({ hasText: description }).count();
  if (n !== 1) throw new Error(`「我的工单」 lists the report ${n} times, expected once`);
  await shot(page, '4-my-tickets');
}
