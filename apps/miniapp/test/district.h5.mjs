#!/usr/bin/env node
// District dashboard (辖区看板, issue 26): a late repair is set up through the API (赵物业经理 adds a category whose
// urgent response target is 1 minute, 王小红 reports in it, the minute passes); then the district regulator 黄监管 signs
// in, opens 辖区概览 from the home grid, sees what needs attention first (阳光花园: an overdue repair), drills from the
// on-time ranking to 阳光花园's late repairs and to that ticket's timeline, and exports the table as Excel. The category
// list is put back at the end.
//   H5_URL=http://127.0.0.1:3000/ node apps/miniapp/test/district.h5.mjs
import { byTest, h5Test, timeout, vis } from './lib/h5.mjs';

const t = await h5Test('district.h5');
const manager = await t.apiSession('赵物业经理');
const api = async (method, path, session, body, extra = {}) => {
  const res = await fetch(new URL(path, t.baseUrl), {
    method,
    headers: {
      'Content-Type': 'application/json',
      Authorization: `Bearer ${session.token}`,
      'X-Community-Id': session.communityId,
      ...extra,
    },
    body: body ? JSON.stringify(body) : undefined,
  });
  const json = await res.json().catch(() => null);
  if (!res.ok) throw new Error(`${method} ${path} → ${res.status} ${JSON.stringify(json?.error ?? json)}`);
  return json;
};
const before = await api('GET', '/api/v1/repairs/categories', manager);
const strip = (c) => ({ code: c.code, name: c.name, targets: c.targets });
const restore = async () => {
  await api('PUT', '/api/v1/repairs/categories', manager, { categories: before.categories.map(strip) });
};

const page = await t.newPage();
let reportedAt = 0;
await t.runSteps(async () => {
  t.step('set up a late repair in 阳光花园 (a 1-minute response target)');
  await api('PUT', '/api/v1/repairs/categories', manager, {
    categories: [
      ...before.categories.map(strip),
      {
        code: 'dx_drill',
        name: '门禁',
        targets: {
          urgent: { respondMinutes: 1, resolveMinutes: 2 },
          normal: { respondMinutes: 1, resolveMinutes: 2 },
        },
      },
    ],
  });
  let ticket;
  try {
    const reporter = await t.apiSession('王小红');
    ticket = await api(
      'POST',
      '/api/v1/repairs',
      reporter,
      {
        areaKind: 'common',
        category: 'dx_drill',
        description: '单元门禁打不开',
        location: '小区东门',
        urgency: 'urgent',
      },
      { 'Idempotency-Key': `district-h5-${Date.now()}` },
    );
    reportedAt = Date.now();
  } finally {
    await restore(); // the category list as it was; the ticket keeps its own targets
  }

  t.step('sign in as the regulator');
  await t.signInAs(page, '黄监管');
  // the ticket is late once its 1-minute target has passed (and the dashboard's 30-second cache has turned over)
  const wait = reportedAt + 62_000 - Date.now();
  if (wait > 0) await page.waitForTimeout(wait);

  t.step('open 辖区概览 from the home grid: what needs attention comes first');
  await vis(page, '.grid-item').filter({ hasText: '辖区概览' }).first().click({ timeout });
  await byTest(page, 'district-summary').first().waitFor({ timeout });
  const first = await byTest(page, 'dx-attention').first().innerText();
  if (!/需要关注（[1-9]\d*）/.test(first)) throw new Error(`nothing needs attention: ${first.slice(0, 200)}`);
  const items = await byTest(page, 'dx-attention-item').allInnerTexts();
  if (!items.some((x) => x.includes('阳光花园') && x.includes('超时未处理的报修')))
    throw new Error(`阳光花园's overdue repair is not listed: ${items.join(' | ').slice(0, 300)}`);
  // the attention list stands above the rankings
  const order = await page.evaluate(() => {
    const a = document.querySelector('[data-testid="dx-attention"]');
    const r = document.querySelector('[data-testid="dx-rankings"]');
    return a && r ? a.compareDocumentPosition(r) & Node.DOCUMENT_POSITION_FOLLOWING : 0;
  });
  if (!order) throw new Error('needs attention is not shown first');
  const asOf = await byTest(page, 'district-as-of').first().innerText();
  if (!/数据统计于 \d+月\d+日 \d{2}:\d{2}/.test(asOf)) throw new Error(`the time of the figures is not shown: ${asOf}`);
  await t.shot(page, 'dashboard');

  t.step('the on-time ranking names its n and lists 阳光花园');
  const groups = await byTest(page, 'dx-rank-n').allInnerTexts();
  if (!groups.length || !groups.every((g) => /小区（.+）：\d+ 个小区参与排名（共 \d+ 个）/.test(g)))
    throw new Error(`the ranking does not say its n: ${groups.join(' | ')}`);
  await byTest(page, 'dx-rank-row').filter({ hasText: '阳光花园' }).first().click({ timeout });

  t.step("阳光花园's late repairs");
  await byTest(page, 'dx-community-name').filter({ hasText: '阳光花园' }).first().waitFor({ timeout });
  await byTest(page, 'dx-records').first().waitFor({ timeout });
  const records = await byTest(page, 'dx-records').first().innerText();
  if (!records.includes('超时的报修')) throw new Error(`not the late repairs: ${records.slice(0, 200)}`);
  const late = byTest(page, 'dx-ticket').filter({ hasText: '门禁' });
  await late.first().waitFor({ timeout });
  if (!(await late.first().innerText()).includes('已超时')) throw new Error('the late ticket is not marked late');
  await t.shot(page, 'late-repairs');

  t.step("one ticket's timeline");
  await late.first().click({ timeout });
  await byTest(page, 'dx-ticket-detail').first().waitFor({ timeout });
  const detail = await byTest(page, 'dx-ticket-detail').first().innerText();
  if (!detail.includes('单元门禁打不开') || !detail.includes('已超时'))
    throw new Error(`ticket detail: ${detail.slice(0, 200)}`);
  if (detail.includes('王小红') || detail.includes('小区东门')) throw new Error('the reporter or the place is shown');
  const events = await byTest(page, 'dx-event').allInnerTexts();
  if (!events[0]?.includes('提交报修') || !events[0]?.includes('报修人'))
    throw new Error(`timeline: ${events.join(' | ')}`);
  await t.shot(page, 'ticket');

  t.step('back to the dashboard and export the table');
  await page.goBack();
  await page.goBack();
  await byTest(page, 'district-summary').first().waitFor({ timeout });
  const [file] = await Promise.all([
    page.waitForEvent('download', { timeout }),
    byTest(page, 'dx-export').first().click({ timeout }),
  ]);
  const stream = await file.createReadStream();
  const chunks = [];
  for await (const c of stream) chunks.push(c);
  const bytes = Buffer.concat(chunks);
  if (bytes.subarray(0, 2).toString() !== 'PK' || bytes.length < 2000)
    throw new Error(`the export is not an Excel file (${bytes.length} bytes)`);
  return `needs attention ${items.length} items; drilled to ticket ${ticket.id.slice(0, 8)}; exported ${file.suggestedFilename()} (${bytes.length} bytes)`;
});
