#!/usr/bin/env node
// H5 test of the roster as proposals (issue 17) in the seeded 阳光花园:
//   1. 赵物业经理 (property manager) opens 业主名册 (the template button is there), uploads a file made from the
//      template (sheet 1's examples replaced by one row: 王秀英's flat with a new registered area, her name only),
//      sees the preview and submits it as a proposal — the roster does not change.
//   2. 吴淑珍 (member) sees the proposal with old → new and confirms it (1/2); the roster still does not change.
//   3. 郑文斌 (member) confirms: the proposal is applied (checked through the API).
//   4. 王秀英 (owner) opens 我的数据, sees the change of her flat and objects to it.
//   5. 吴淑珍 sees the objection and answers it (异议成立); 王秀英 is told in her inbox.
//   H5_URL=http://127.0.0.1:3000/ node apps/miniapp/test/roster.h5.mjs
import { writeFileSync, mkdtempSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { h5Test, timeout, byTest, fill, tap } from './lib/h5.mjs';

// exceljs is the API's dependency; the test reads and writes the template with it, as Excel would.
const ExcelJS = createRequire(new URL('../../api/package.json', import.meta.url))('exceljs');

const t = await h5Test('roster.h5');
const { baseUrl, log } = t;
const work = mkdtempSync(path.join(tmpdir(), 'roster-h5-'));

async function api(method, p, s, body) {
  const headers = { Accept: 'application/json' };
  if (s?.token) headers.Authorization = `Bearer ${s.token}`;
  if (s?.communityId) headers['X-Community-Id'] = s.communityId;
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  const res = await fetch(new URL(p, baseUrl), {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (res.status >= 300) throw new Error(`${method} ${p} → ${res.status} ${(await res.text()).slice(0, 300)}`);
  return res;
}

let page;
async function signInAs(name) {
  if (page) await t.closePage(page);
  page = await t.signInAs(await t.newPage(name), name, { community: '阳光花园' });
}
const tile = (label) =>
  page.locator('.grid-item', { has: page.locator('.grid-item__label', { hasText: new RegExp(`^${label}$`) }) });
const shot = (name) => t.shot(page, name);

await t.runSteps(async () => {
  t.step("find 王秀英's flat and build the file from the template");
  const wang = await t.apiSession('王秀英');
  const mine = await (await api('GET', '/api/v1/me/data', wang)).json();
  const flat = mine.ownerships.find((o) => o.communityName === '阳光花园' && o.kind === 'flat');
  if (!flat) throw new Error('王秀英 owns no flat in 阳光花园');
  const newArea = (Number(flat.area) + 0.5).toFixed(2);
  const label = `${flat.building}${flat.entrance ? ` ${flat.entrance}` : ''} ${flat.room}`;
  const manager = await t.apiSession('赵物业经理');
  const template = Buffer.from(await (await api('GET', '/api/v1/roster/template.xlsx', manager)).arrayBuffer());
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(template);
  if (wb.worksheets.map((w) => w.name).join('|') !== '业主名册|填写说明') throw new Error('template sheets');
  const ws = wb.worksheets[0];
  const header = ws.getRow(1).values.slice(1);
  ws.spliceRows(2, ws.rowCount - 1);
  const row = Object.fromEntries(header.map((h) => [h, '']));
  Object.assign(row, {
    楼栋: flat.building,
    单元: flat.entrance,
    房号: flat.room,
    登记面积: newArea,
    业主姓名: '王秀英',
  });
  ws.addRow(header.map((h) => row[h]));
  const file = path.join(work, '阳光花园名册.xlsx');
  writeFileSync(file, Buffer.from(await wb.xlsx.writeBuffer()));
  log(`${label}: ${flat.area} → ${newArea} (registered)`);

  t.step('赵物业经理 proposes the file: the roster does not change');
  await signInAs('赵物业经理');
  await tile('业主名册').click({ timeout });
  await byTest(page, 'roster-template').first().waitFor({ timeout });
  const chooser = page.waitForEvent('filechooser', { timeout });
  await tap(page, 'roster-choose');
  await (await chooser).setFiles(file);
  await byTest(page, 'roster-preview').first().waitFor({ timeout });
  await shot('01-preview');
  await tap(page, 'roster-commit');
  await tap(page, 'roster-confirm');
  await byTest(page, 'roster-proposed').first().waitFor({ timeout });
  await shot('02-proposed');
  const pending = await (await api('GET', '/api/v1/roster/proposals', manager)).json();
  const proposal = pending.items.find((p) =>
    p.fieldChanges.some((f) => f.unitLabel === label && f.field === 'registeredArea'),
  );
  if (!proposal) throw new Error('the proposal is not listed as pending');
  const still = await (await api('GET', '/api/v1/me/data', wang)).json();
  if (still.ownerships.find((o) => o.room === flat.room && o.building === flat.building).area !== flat.area)
    throw new Error('the roster changed before anyone confirmed');

  for (const [who, n] of [
    ['吴淑珍', 1],
    ['郑文斌', 2],
  ]) {
    t.step(`${who} confirms (${n}/2)`);
    await signInAs(who);
    await tile('业主名册').click({ timeout });
    const card = byTest(page, 'roster-pending').filter({ hasText: label }).first();
    await card.waitFor({ timeout });
    await card.getByText('赵物业经理', { exact: false }).first().waitFor({ timeout });
    await card.getByText(newArea, { exact: false }).first().waitFor({ timeout });
    await shot(`0${n + 2}-pending-${n}`);
    await card.locator('[data-testid="roster-confirm-proposal"]').click({ timeout });
    if (n === 1) await byTest(page, 'roster-pending').filter({ hasText: '已确认 1/2' }).first().waitFor({ timeout });
    else
      await byTest(page, 'roster-pending').filter({ hasText: label }).first().waitFor({ state: 'detached', timeout });
  }
  const applied = await (await api('GET', `/api/v1/roster/imports/${proposal.id}`, manager)).json();
  if (applied.status !== 'committed') throw new Error(`proposal is ${applied.status}`);

  t.step('王秀英 sees the change of her flat and objects');
  await signInAs('王秀英');
  await tile('我的数据').click({ timeout });
  const change = byTest(page, 'my-roster-change').filter({ hasText: label }).first();
  await change.waitFor({ timeout });
  const changeText = await change.innerText();
  if (!changeText.includes('赵物业经理') || !changeText.includes('吴淑珍、郑文斌'))
    throw new Error(`the change does not say who proposed and confirmed it: ${changeText}`);
  await change.locator('[data-testid="roster-object"]').click({ timeout });
  await fill(page, 'roster-object-reason', '我的房子登记面积没有变，请核对不动产登记簿');
  await tap(page, 'roster-object-send');
  await page.getByText('已提出异议，业委会答复后会通知您。').first().waitFor({ timeout });
  await shot('05-objected');

  t.step('吴淑珍 answers the objection');
  await signInAs('吴淑珍');
  await tile('业主名册').click({ timeout });
  const objection = byTest(page, 'roster-objection').filter({ hasText: label }).first();
  await objection.waitFor({ timeout });
  await objection.getByText('我的房子登记面积没有变', { exact: false }).waitFor({ timeout });
  await shot('06-objection');
  const open = byTest(page, 'roster-objection').filter({ hasText: label });
  const before = await open.count();
  await objection.locator('textarea').fill('已核对不动产登记簿，将重新提议更正', { timeout });
  await objection.locator('[data-testid="roster-objection-uphold"]').click({ timeout });
  const deadline = Date.now() + timeout;
  while ((await open.count()) !== before - 1) {
    if (Date.now() > deadline) throw new Error('the answered objection is still listed as open');
    await page.waitForTimeout(200);
  }
  const inbox = await (await api('GET', '/api/v1/messages', wang)).json();
  if (!inbox.items.some((m) => m.title === '名册异议已受理')) throw new Error('王秀英 was not told the answer');
  return `赵物业经理 proposed ${label} from the template, 吴淑珍 and 郑文斌 confirmed, 王秀英 objected, 吴淑珍 answered`;
});
