#!/usr/bin/env node
// H5 test of the 业委会 page (issue 16) in the seeded demo district — a first, partial browser test (the full
// election → first meeting → filing flow is covered by apps/api/test/committee.e2e-spec.ts):
//   1. 王秀英 (owner) opens 业委会 from the home grid: 阳光花园's committee is shown as recorded before elections
//      were supported, with its five members by name, and the record flags it.
//   2. 孙街道 (subdistrict officer of 荷花街道 and 府山街道) signs in, finds 业委会 on the home grid and opens 桂花苑's
//      page: no committee has been elected and filed there yet.
//   H5_URL=http://127.0.0.1:3000/ node apps/miniapp/test/committee.h5.mjs
import { h5Test, timeout, byTest, waitText } from './lib/h5.mjs';

const t = await h5Test('committee.h5');
let page;
const tile = (label) =>
  page.locator('.grid-item', { has: page.locator('.grid-item__label', { hasText: new RegExp(`^${label}$`) }) });

await t.runSteps(async () => {
  t.step('王秀英 opens 业委会: the recorded committee and the record');
  page = await t.signInAs(await t.newPage('王秀英'), '王秀英', { community: '阳光花园' });
  await tile('业委会').click({ timeout });
  await byTest(page, 'committee-term').first().waitFor({ timeout });
  const term = await byTest(page, 'committee-term').first().innerText();
  if (!term.includes('选举功能上线前录入')) throw new Error(`the committee is not flagged as recorded: ${term}`);
  for (const name of ['周德明', '吴淑珍', '郑文斌']) if (!term.includes(name)) throw new Error(`${name} not listed`);
  await waitText(page, '业委会为选举功能上线前录入');
  if ((await byTest(page, 'committee-confirm').count()) > 0) throw new Error('an owner is offered to confirm');
  await t.shot(page, 'owner');
  await t.closePage(page);

  t.step('孙街道 opens 业委会 of 桂花苑: nothing elected and filed yet');
  page = await t.signInAs(await t.newPage('孙街道'), '孙街道', { community: '桂花苑' });
  await tile('业委会').click({ timeout });
  await waitText(page, '本小区还没有经选举备案的业委会');
  await t.shot(page, 'subdistrict');
  return '王秀英 sees the recorded committee and the record; 孙街道 sees 桂花苑 without a committee';
});
