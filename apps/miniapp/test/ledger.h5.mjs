#!/usr/bin/env node
// H5 test of the public-income ledger (公共收益台账) against a running API with the seeded demo community 阳光花园.
// Every step goes through the pages, each person in their own browser context (own session), signed in with the dev
// picker like login.h5.mjs:
//   1. 赵物业经理 (finance) records an advertising income — gross ¥12,000.00, an agency fee ¥1,200.00 with its evidence
//      photo, the receipt photo as attachment — booked in the last ENDED statement period (the API accepts a past
//      accounting date as long as that period's statement is not yet published), and submits it. He also records a
//      parking income of ¥5,000.00 today that turns out to be wrong.
//   2. 吴淑珍 (committee) approves both from the approvals queue after seeing the receipt photo, then publishes the
//      ended period's statement (two taps: 公示 → 确定公示).
//   3. 王秀英 (owner) sees the balance, verifies the chain (「核验账本」), opens the published statement (advertising
//      ¥10,800.00 = gross − cost) and the entry with its receipt photo, and asks a question on the statement.
//   4. 吴淑珍 answers it; 王秀英 sees the answer.
//   5. 吴淑珍 reverses the wrong parking entry (reason + confirmation), tries to approve her own reversal and sees the
//      API's Chinese refusal; 周德明 (chair) approves it.
//   6. 王秀英 sees both entries in the current period's statement, which nets them to zero, and the right balance.
// The API is only read directly (never written) to pick the period and the balance before the run, so the test also
// passes against a database where earlier runs already published periods: it walks back to the newest ended,
// unpublished period. A reversal is always booked on its approval date (docs/ledger.md), i.e. in the current period,
// which cannot be published before it ends: so the reversal is checked in the current period's statement (shown
// live, marked 「本期尚未结束」), while the published statement carries the advertising income.
//   H5_URL=http://127.0.0.1:3000/ node apps/miniapp/test/ledger.h5.mjs
import { byTest, fill, h5Test, timeout, vis, waitText } from './lib/h5.mjs';

const t = await h5Test('ledger.h5');
const { baseUrl } = t;
const { log } = t;

// ---- read-only API helpers (choose the period; know the balance before) ----
const { apiJson } = t;
const readerSession = t.apiSession;

/** China date today, and the half-year periods before it (the demo community publishes half-yearly). */
const chinaToday = () => new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
function previousHalf(key) {
  const [y, h] = key.split('-H').map(Number);
  return h === 2 ? `${y}-H1` : `${y - 1}-H2`;
}
function halfOf(date) {
  return `${date.slice(0, 4)}-H${Number(date.slice(5, 7)) <= 6 ? 1 : 2}`;
}
function boundsOf(key) {
  const [y, h] = key.split('-H');
  return h === '1'
    ? { start: `${y}-01-01`, end: `${y}-06-30`, mid: `${y}-06-15` }
    : { start: `${y}-07-01`, end: `${y}-12-31`, mid: `${y}-12-15` };
}
const fen = (n) => {
  const neg = n < 0n;
  const a = neg ? -n : n;
  return `${neg ? '-' : ''}¥${(a / 100n).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',')}.${(a % 100n).toString().padStart(2, '0')}`;
};

// ---- browser ----

/** Each person in their own browser context (own session), acting in 阳光花园 (the property manager works for two communities). */
const signIn = async (name) => t.signInAs(await t.newPage(name), name, { community: '阳光花园' });
const tapText = (page, text) => vis(page, `text=${text}`).first().click({ timeout });
const tapButton = (page, text) =>
  page.locator('.nut-button').filter({ visible: true, hasText: text }).first().click({ timeout });
const shot = (page, name) => t.shot(page, name);
/** Opens a page afresh, as after reopening the app (the reload drops the H5 page stack). */
async function goHash(page, hash) {
  await page.goto(new URL(`#${hash}`, baseUrl).toString(), { waitUntil: 'domcontentloaded', timeout });
  await page.reload({ waitUntil: 'domcontentloaded', timeout });
}
async function uploadVia(page, testId, file) {
  const before = await byTest(page, 'ledger-uploaded').count();
  const chooser = page.waitForEvent('filechooser', { timeout });
  await byTest(page, testId).click({ timeout });
  await (await chooser).setFiles(file);
  await page.waitForFunction(
    (n) =>
      [...document.querySelectorAll('[data-testid="ledger-uploaded"]')].filter((e) => e.offsetParent !== null).length >
      n,
    before,
    { timeout },
  );
}
/** The receipt photo: drawn on a canvas in the browser (Chinese text needs the page's fonts), as PNG bytes. */
async function receiptPng(page) {
  const dataUrl = await page.evaluate(() => {
    const c = document.createElement('canvas');
    c.width = 480;
    c.height = 300;
    const g = c.getContext('2d');
    g.fillStyle = '#fffdf5';
    g.fillRect(0, 0, 480, 300);
    g.strokeStyle = '#a4161a';
    g.lineWidth = 6;
    g.strokeRect(10, 10, 460, 280);
    g.fillStyle = '#1a1a1a';
    g.font = 'bold 36px sans-serif';
    g.fillText('收  据', 180, 70);
    g.font = '26px sans-serif';
    g.fillText('今收到 衢州星光广告有限公司', 40, 130);
    g.fillText('电梯广告位使用费 ¥12,000.00', 40, 180);
    g.fillText('阳光花园业主委员会（章）', 40, 250);
    return c.toDataURL('image/png');
  });
  return Buffer.from(dataUrl.split(',')[1], 'base64');
}

await t.runSteps(async () => {
  t.step('choose the period (read-only API)');
  const reader = await readerSession('王秀英');
  const today = chinaToday();
  let period = previousHalf(halfOf(today));
  for (let i = 0; i < 20; i++) {
    const st = await apiJson(`/api/v1/ledger/statements/${period}`, reader.token, reader.communityId);
    if (!st.published) break;
    period = previousHalf(period);
  }
  const { start, end, mid } = boundsOf(period);
  const current = halfOf(today);
  const before = BigInt((await apiJson('/api/v1/ledger/balance', reader.token, reader.communityId)).balanceFen);
  const expected = before + 1_080_000n;
  log(
    `booking the advertising income on ${mid} (period ${period}); balance before ${fen(before)}, expected after ${fen(expected)}`,
  );

  // 1. Finance records the advertising income with a cost and photos.
  t.step('赵物业经理 signs in and opens the ledger');
  const finance = await signIn('赵物业经理');
  await vis(finance, '.grid-item').filter({ hasText: '公共收益台账' }).click({ timeout });
  await byTest(finance, 'ledger-balance').waitFor({ timeout });
  await byTest(finance, 'ledger-new').click({ timeout });

  t.step('fill the advertising income form');
  const png = await receiptPng(finance);
  const receipt = { name: '收据.png', mimeType: 'image/png', buffer: png };
  await byTest(finance, 'kind-income').click({ timeout });
  await byTest(finance, 'category-advertising').click({ timeout });
  await fill(finance, 'field-gross', '12000.00');
  await byTest(finance, 'cost-add').click({ timeout });
  await fill(finance, 'cost-0-label', '广告代理费');
  await fill(finance, 'cost-0-amount', '1200.00');
  await uploadVia(finance, 'cost-0-photo', { ...receipt, name: '代理费发票.png' });
  await byTest(finance, 'field-net').filter({ hasText: '¥10,800.00' }).waitFor({ timeout });
  await fill(finance, 'field-counterparty', '衢州星光广告有限公司');
  await fill(finance, 'field-contract', '电梯广告合同 GG-2026-01');
  await fill(finance, 'field-covered-from', start);
  await fill(finance, 'field-covered-to', end);
  await fill(finance, 'field-purpose', '1-10 幢电梯轿厢广告位半年使用费');
  await fill(finance, 'field-booked-on', mid);
  await uploadVia(finance, 'attach-photo', receipt);
  await shot(finance, '1-finance-form');

  t.step('save the draft and submit it');
  await byTest(finance, 'ledger-save').click({ timeout });
  await byTest(finance, 'ledger-entry-status').filter({ hasText: '草稿' }).waitFor({ timeout });
  await byTest(finance, 'ledger-submit').click({ timeout });
  await byTest(finance, 'ledger-entry-status').filter({ hasText: '待审核' }).waitFor({ timeout });
  await byTest(finance, 'ledger-photo').first().waitFor({ timeout });
  await shot(finance, '2-finance-submitted');

  t.step('record the wrong parking income (today)');
  await goHash(finance, '/sub/ledger/form');
  await byTest(finance, 'category-road_parking').click({ timeout });
  await fill(finance, 'field-gross', '5000.00');
  await fill(finance, 'field-counterparty', '阳光停车管理有限公司');
  await byTest(finance, 'ledger-save').click({ timeout });
  await byTest(finance, 'ledger-submit').click({ timeout });
  await byTest(finance, 'ledger-entry-status').filter({ hasText: '待审核' }).waitFor({ timeout });

  // 2. A committee member approves both, then publishes the ended period.
  t.step('吴淑珍 opens the approvals queue');
  const member = await signIn('吴淑珍');
  await vis(member, '.grid-item').filter({ hasText: '台账审批' }).click({ timeout });
  await byTest(member, 'ledger-entry').filter({ hasText: '衢州星光广告有限公司' }).first().waitFor({ timeout });
  await shot(member, '3-committee-queue');

  t.step('吴淑珍 checks the receipt photo and approves the advertising income');
  await byTest(member, 'ledger-entry').filter({ hasText: '衢州星光广告有限公司' }).first().click({ timeout });
  await byTest(member, 'ledger-photo').first().waitFor({ timeout });
  const photoOk = await byTest(member, 'ledger-photo')
    .first()
    .evaluate((el) => {
      const img = el.tagName === 'IMG' ? el : el.querySelector('img');
      return !!img && img.complete && img.naturalWidth > 0;
    });
  if (!photoOk) throw new Error('the receipt photo did not load for the committee member');
  await byTest(member, 'ledger-approve').click({ timeout });
  await tapButton(member, '确定批准入账');
  await byTest(member, 'ledger-entry-status').filter({ hasText: '已入账' }).waitFor({ timeout });
  await shot(member, '4-committee-approved');

  t.step('吴淑珍 approves the parking income');
  await goHash(member, '/sub/ledger/approvals');
  await byTest(member, 'ledger-entry').filter({ hasText: '阳光停车管理有限公司' }).first().click({ timeout });
  await byTest(member, 'ledger-approve').click({ timeout });
  await tapButton(member, '确定批准入账');
  await byTest(member, 'ledger-entry-status').filter({ hasText: '已入账' }).waitFor({ timeout });

  t.step(`吴淑珍 publishes ${period}`);
  await goHash(member, '/sub/ledger/index');
  await tapText(member, '收支公示');
  await byTest(member, `ledger-statement-${period}`).click({ timeout });
  await byTest(member, 'ledger-publish').click({ timeout });
  await tapButton(member, '确定公示');
  await byTest(member, 'ledger-statement-state').filter({ hasText: '已公示' }).waitFor({ timeout });

  // 3. The owner reads and asks.
  t.step('王秀英 opens 公共收益 and verifies the ledger');
  const owner = await signIn('王秀英');
  await vis(owner, '.grid-item').filter({ hasText: '公共收益' }).first().click({ timeout });
  await byTest(owner, 'ledger-chart').waitFor({ timeout });
  await byTest(owner, 'ledger-verify').click({ timeout });
  await byTest(owner, 'ledger-verify-result').filter({ hasText: '核验通过' }).waitFor({ timeout });
  await shot(owner, '5-owner-home-verified');

  t.step(`王秀英 reads the published statement ${period}`);
  await tapText(owner, '收支公示');
  await byTest(owner, `ledger-statement-${period}`).filter({ hasText: '已公示' }).waitFor({ timeout });
  await shot(owner, '6-owner-statements');
  await byTest(owner, `ledger-statement-${period}`).click({ timeout });
  const figures = byTest(owner, 'ledger-statement-figures');
  await figures.filter({ hasText: '广告收入' }).filter({ hasText: '¥10,800.00' }).waitFor({ timeout });
  await byTest(owner, 'ledger-statement-state').filter({ hasText: '已公示' }).waitFor({ timeout });
  const opening = (await byTest(owner, 'ledger-opening').innerText()).replace(/\s+/g, '');
  const closing = (await byTest(owner, 'ledger-closing').innerText()).replace(/\s+/g, '');
  log(`published ${period}: ${opening} → ${closing}`);
  const openingFen = BigInt(opening.replace(/[^\d-]/g, ''));
  if (closing !== `期末余额${fen(openingFen + 1_080_000n)}`)
    throw new Error(`closing balance ${closing} is not opening + ¥10,800.00`);

  t.step('王秀英 asks a question on the statement');
  const question = `广告收入为什么要扣 1200 元代理费？（${Date.now().toString(36)}）`;
  await byTest(owner, 'ledger-ask').click({ timeout });
  await fill(owner, 'ledger-questions', question);
  await tapButton(owner, '提交问题');
  await byTest(owner, 'ledger-question')
    .filter({ hasText: question })
    .filter({ hasText: '等待业委会答复' })
    .waitFor({ timeout });
  await shot(owner, '7-owner-statement-asked');

  t.step('王秀英 opens the entry and sees the receipt photo');
  await byTest(owner, 'ledger-entry').filter({ hasText: '衢州星光广告有限公司' }).first().click({ timeout });
  await byTest(owner, 'ledger-entry-facts').filter({ hasText: '广告代理费' }).waitFor({ timeout });
  await byTest(owner, 'ledger-photo').first().waitFor({ timeout });
  await shot(owner, '8-owner-entry');

  // 4. The committee answers.
  t.step('吴淑珍 answers the question');
  await goHash(member, '/sub/ledger/questions');
  await byTest(member, 'questions-open').click({ timeout });
  const open = byTest(member, 'ledger-question').filter({ hasText: question });
  const answer = '代理费是广告公司招商的佣金，按合同 10% 计，发票照片已附在账目中。';
  await open.locator('textarea').fill(answer, { timeout });
  await open.locator('.nut-button').filter({ hasText: '发布答复' }).click({ timeout });
  await waitText(member, '没有待答复的提问。');

  t.step('王秀英 sees the answer');
  await goHash(owner, `/sub/ledger/statement?key=${period}`);
  await byTest(owner, 'ledger-question').filter({ hasText: question }).filter({ hasText: answer }).waitFor({ timeout });
  await shot(owner, '9-owner-answered');

  // 5. The wrong entry is reversed; the author cannot approve her own reversal.
  t.step('吴淑珍 reverses the wrong parking income');
  await goHash(member, '/sub/ledger/entries');
  await byTest(member, 'ledger-entry')
    .filter({ hasText: '阳光停车管理有限公司' })
    .filter({ hasText: '已入账' })
    .filter({ hasNotText: '已冲正' })
    .first()
    .click({ timeout });
  await byTest(member, 'ledger-reverse').click({ timeout });
  await byTest(member, 'ledger-reverse')
    .waitFor({ state: 'detached', timeout })
    .catch(() => undefined);
  const reasonBox = vis(member, 'textarea').last();
  await reasonBox.fill('停车收入多录了一个 0，实际为 500 元，另行录入', { timeout });
  await byTest(member, 'ledger-reverse-submit').click({ timeout });
  await tapButton(member, '确定冲正');
  await vis(member, '.title').filter({ hasText: '冲正：道路停车收入' }).waitFor({ timeout });
  await byTest(member, 'ledger-entry-status').filter({ hasText: '待审核' }).waitFor({ timeout });

  t.step('吴淑珍 tries to approve her own reversal');
  await byTest(member, 'ledger-approve').click({ timeout });
  await tapButton(member, '确定批准入账');
  await waitText(member, '不能审批自己录入的台账');
  await shot(member, '10-author-cannot-approve');

  t.step('周德明 approves the reversal');
  const chair = await signIn('周德明');
  await vis(chair, '.grid-item').filter({ hasText: '台账审批' }).click({ timeout });
  await byTest(chair, 'ledger-entry').filter({ hasText: '冲正：道路停车收入' }).first().click({ timeout });
  await byTest(chair, 'ledger-approve').click({ timeout });
  await tapButton(chair, '确定批准入账');
  await byTest(chair, 'ledger-entry-status').filter({ hasText: '已入账' }).waitFor({ timeout });

  // 6. Both in the current statement, and the right balance.
  t.step(`王秀英 sees both entries in ${current} and the balance`);
  await goHash(owner, '/sub/ledger/index');
  await byTest(owner, 'ledger-balance')
    .filter({ hasText: fen(expected) })
    .waitFor({ timeout });
  await tapText(owner, '收支公示');
  await byTest(owner, `ledger-statement-${current}`).click({ timeout });
  await byTest(owner, 'ledger-statement-state').filter({ hasText: '本期尚未结束' }).waitFor({ timeout });
  await byTest(owner, 'ledger-entry').filter({ hasText: '冲正：道路停车收入' }).first().waitFor({ timeout });
  await byTest(owner, 'ledger-entry')
    .filter({ hasText: '阳光停车管理有限公司' })
    .filter({ hasText: '已冲正' })
    .first()
    .waitFor({ timeout });
  await byTest(owner, 'ledger-closing')
    .filter({ hasText: fen(expected) })
    .waitFor({ timeout });
  await shot(owner, '11-owner-current-statement');

  t.step('王秀英 filters the entries (income · 道路停车收入)');
  await goHash(owner, '/sub/ledger/entries');
  await byTest(owner, 'filter-income').click({ timeout });
  await tapText(owner, '道路停车收入');
  await byTest(owner, 'ledger-entry').filter({ hasText: '冲正：道路停车收入' }).first().waitFor({ timeout });
  // The income-only list shows the reversal too: wait for the category's own answer before checking it.
  await byTest(owner, 'ledger-entry')
    .filter({ hasText: '广告收入' })
    .first()
    .waitFor({ state: 'detached', timeout })
    .catch(() => undefined);
  if (await byTest(owner, 'ledger-entry').filter({ hasText: '广告收入' }).count())
    throw new Error('the category filter still shows advertising income');
  await shot(owner, '12-owner-entries-filtered');

  return `passed: recorded, approved, published ${period}, asked, answered, reversed; balance ${fen(expected)}`;
});
