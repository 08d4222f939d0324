#!/usr/bin/env node
// H5 test of the paged queue: the queue shows the first 20 tickets with 「已显示 20 / 共 N 张工单」 and 「加载更多」;
// each tap appends the next page (no ticket twice) until all N are shown and 「已经到底了」. The tickets are filed
// through the API first by 王秀英 in 阳光花园 (more than two pages), then 赵物业经理 reads the queue; then 王秀英's
// 我的工单 pages the same way.
//   H5_URL=http://127.0.0.1:3000/ node apps/miniapp/test/queue-more.h5.mjs
import { byTest, h5Test, timeout } from './lib/h5.mjs';

const t = await h5Test('queue-more.h5');
const { baseUrl } = t;
const PAGE = 20;
const run = Date.now().toString(36);

async function post(path, token, communityId, body, key) {
  const res = await fetch(new URL(path, baseUrl), {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      Authorization: `Bearer ${token}`,
      'X-Community-Id': communityId,
      'Idempotency-Key': key,
    },
    body: JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`POST ${path} → ${res.status} ${await res.text()}`);
  return res.json();
}

await t.runSteps(async () => {
  t.step('file tickets through the API until the open queue has more than two pages');
  const wang = await t.apiSession('王秀英');
  const units = await t.apiJson('/api/v1/repairs/my-units', wang.token, wang.communityId);
  const unit = (units.items ?? units.units ?? units)[0];
  if (!unit?.id) throw new Error(`王秀英 has no unit to report for: ${JSON.stringify(units).slice(0, 200)}`);
  const manager = await t.apiSession('赵物业经理');
  const before = await t.apiJson('/api/v1/repairs/queue?status=open&limit=1', manager.token, manager.communityId);
  for (let i = before.total; i < 2 * PAGE + 5; i++) {
    await post(
      '/api/v1/repairs',
      wang.token,
      wang.communityId,
      {
        areaKind: 'unit',
        unitId: unit.id,
        category: 'other',
        urgency: 'normal',
        description: `分页测试工单 ${i + 1}（${run}）`,
        location: '阳台',
      },
      `queue-more-${run}-${i}`,
    );
  }

  t.step('赵物业经理 opens 工单队列: the first page only');
  const page = await t.signInAs(await t.newPage(), '赵物业经理', { community: '阳光花园' });
  await page.locator('.grid-item', { hasText: '工单队列' }).first().click({ timeout });
  await byTest(page, 'rp-queue').waitFor({ timeout });
  const totalText = await byTest(page, 'load-more-count').innerText({ timeout });
  const total = Number(/共 (\d+)/.exec(totalText)?.[1]);
  if (!(total > 2 * PAGE))
    throw new Error(`expected more than ${2 * PAGE} open tickets, the page says 「${totalText}」`);
  const rows = () => byTest(page, 'rp-ticket').count();
  if ((await rows()) !== PAGE) throw new Error(`first page shows ${await rows()} tickets, expected ${PAGE}`);
  if (!totalText.includes(`已显示 ${PAGE} / 共 ${total}`)) throw new Error(`count line says 「${totalText}」`);
  await t.shot(page, '1-first-page');

  t.step('加载更多 until every ticket is shown, each once');
  for (let shown = PAGE; shown < total;) {
    await byTest(page, 'load-more').click({ timeout });
    const next = Math.min(shown + PAGE, total);
    await page.waitForFunction(
      (n) => [...document.querySelectorAll('[data-testid="rp-ticket"]')].filter((e) => e.offsetParent).length === n,
      next,
      { timeout },
    );
    shown = next;
    await byTest(page, 'load-more-count').getByText(`已显示 ${shown} / 共 ${total}`).waitFor({ timeout });
  }
  const texts = await byTest(page, 'rp-ticket').allInnerTexts();
  if (new Set(texts).size !== texts.length) throw new Error('a ticket is listed twice after 加载更多');
  await page.getByText('已经到底了').waitFor({ timeout });
  if (await byTest(page, 'load-more').count()) throw new Error('加载更多 still shown with every ticket listed');
  await t.shot(page, '2-all-pages');

  t.step('王秀英 opens 我的工单: her reports page the same way');
  const mineBefore = await t.apiJson('/api/v1/repairs?limit=1', wang.token, wang.communityId);
  for (let i = mineBefore.total; i < PAGE + 3; i++)
    await post(
      '/api/v1/repairs',
      wang.token,
      wang.communityId,
      {
        areaKind: 'unit',
        unitId: unit.id,
        category: 'other',
        urgency: 'normal',
        description: `我的分页 ${i + 1}（${run}）`,
        location: '阳台',
      },
      `queue-more-mine-${run}-${i}`,
    );
  const mineTotal = (await t.apiJson('/api/v1/repairs?limit=1', wang.token, wang.communityId)).total;
  const wangPage = await t.signInAs(await t.newPage(), '王秀英', { community: '阳光花园' });
  await wangPage.locator('.grid-item', { hasText: '我的工单' }).first().click({ timeout });
  await byTest(wangPage, 'rp-mine').waitFor({ timeout });
  await byTest(wangPage, 'load-more-count').getByText(`已显示 ${PAGE} / 共 ${mineTotal}`).waitFor({ timeout });
  const mineRows = () =>
    wangPage.evaluate(
      () => [...document.querySelectorAll('[data-testid="rp-ticket"]')].filter((e) => e.offsetParent).length,
    );
  if ((await mineRows()) !== PAGE) throw new Error(`我的工单 first page shows ${await mineRows()}, expected ${PAGE}`);
  await byTest(wangPage, 'load-more').click({ timeout });
  const mineNext = Math.min(2 * PAGE, mineTotal);
  await byTest(wangPage, 'load-more-count').getByText(`已显示 ${mineNext} / 共 ${mineTotal}`).waitFor({ timeout });
  if ((await mineRows()) !== mineNext)
    throw new Error(`我的工单 after 加载更多 shows ${await mineRows()}, expected ${mineNext}`);
  await t.shot(wangPage, '3-mine-paged');
  return `${total} open tickets shown ${PAGE} at a time, each once; 我的工单 ${PAGE} then ${mineNext} of ${mineTotal}`;
});
