#!/usr/bin/env node
// H5 test of the scope of a vote (表决范围) in the seeded 阳光花园 (1幢-10幢 with 30 homes each, plus 商业楼 and 地下车库).
//   1. 周德明 (committee chair) opens the draft page, fills a title and one item, and picks 「指定楼栋」: the buildings are
//      listed with their unit counts; with none ticked the page says 「请至少选择一栋楼」 and 保存草稿 stays disabled.
//   2. He ticks 1幢 and 2幢: the page sums them (「1幢、2幢（共 60 户）」) and the draft saves with those two buildings
//      (checked through the API: scope=buildings, exactly those ids).
//   3. The detail page states the scope in plain words: 「本次表决范围：1幢、2幢（共 60 户）」.
//   H5_URL=http://127.0.0.1:3000/ node apps/miniapp/test/votes-scope.h5.mjs
import { h5Test, timeout, byTest, fill, tap, vis, waitText } from './lib/h5.mjs';

const t = await h5Test('votes-scope.h5');
const { baseUrl } = t;
const TITLE = `关于 1、2 幢外墙维修使用维修资金的表决（${new Date().toISOString().slice(11, 19).replace(/:/g, '')}）`;
const { log } = t;

async function call(method, path, s, body) {
  const headers = { Accept: 'application/json' };
  if (s?.token) headers.Authorization = `Bearer ${s.token}`;
  if (s?.communityId) headers['X-Community-Id'] = s.communityId;
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  const res = await fetch(new URL(path, baseUrl), {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  let json;
  try {
    json = JSON.parse(text);
  } catch {
    json = text;
  }
  if (res.status >= 300) throw new Error(`${method} ${path} → ${res.status} ${text.slice(0, 300)}`);
  return json;
}
async function session(name) {
  const accounts = await call('GET', '/api/v1/auth/dev/accounts');
  const person = accounts.find((a) => a.name === name);
  if (!person) throw new Error(`no seeded person ${name}`);
  const { accessToken } = await call('POST', '/api/v1/auth/dev/login', null, { personId: person.personId });
  const me = await call('GET', '/api/v1/me', { token: accessToken });
  return { token: accessToken, communityId: me.communities.find((x) => x.communityName === '阳光花园')?.communityId };
}

const page = await t.newPage();
const shot = (p, name) => t.shot(p, name);
const isDisabled = async (p, id) => {
  const el = byTest(p, id).first();
  return (await el.getAttribute('disabled')) !== null || /disabled/.test((await el.getAttribute('class')) ?? '');
};

await t.runSteps(async () => {
  t.step('sign in as 周德明 and open the draft page');
  const chairS = await session('周德明');
  await t.signInAs(page, '周德明');
  await vis(page, '.grid-item').filter({ hasText: '表决管理' }).first().click({ timeout });
  await tap(page, 'new-resolution');
  await fill(page, 'draft-title', TITLE);
  await fill(page, 'draft-item-1-title', '1、2 幢外墙维修，使用该两幢维修资金');
  await tap(page, 'draft-item-1-matter-6');

  t.step('指定楼栋 without a building is refused on the page');
  if (await isDisabled(page, 'draft-save')) throw new Error('保存草稿 is disabled before choosing 指定楼栋');
  await tap(page, 'draft-scope-buildings');
  await byTest(page, 'draft-building-1幢').first().waitFor({ timeout });
  const b1 = (await byTest(page, 'draft-building-1幢').first().innerText()).trim();
  if (!b1.includes('30 户')) throw new Error(`1幢 should show 30 户, shows 「${b1}」`);
  await waitText(page, '请至少选择一栋楼');
  if (!(await isDisabled(page, 'draft-save'))) throw new Error('保存草稿 is enabled with 指定楼栋 and no building');
  await shot(page, '01-none-chosen');

  t.step('tick 1幢 and 2幢 and save');
  await tap(page, 'draft-building-1幢');
  await tap(page, 'draft-building-2幢');
  const summary = (await byTest(page, 'draft-scope-summary').first().innerText()).trim();
  if (summary !== '已选：1幢、2幢（共 60 户）') throw new Error(`summary is 「${summary}」`);
  await shot(page, '02-two-chosen');
  await tap(page, 'draft-save');
  await byTest(page, 'approvals').waitFor({ timeout });
  const id = page.url().match(/id=([0-9a-f-]{36})/)?.[1];
  if (!id) throw new Error(`no resolution id in ${page.url()}`);
  const saved = await call('GET', `/api/v1/resolutions/${id}`, chairS);
  const names = saved.scopeBuildings.map((b) => b.name).join('、');
  if (saved.scope !== 'buildings' || names !== '1幢、2幢' || saved.buildingIds.length !== 2)
    throw new Error(`saved scope ${saved.scope} ${names}`);
  log(`draft ${id} covers ${names}`);

  t.step('the detail page states the scope in plain words');
  await t.goHash(page, `/sub/votes/detail?id=${id}`);
  await byTest(page, 'resolution-scope').first().waitFor({ timeout });
  const scopeLine = (await byTest(page, 'resolution-scope').first().innerText()).trim();
  if (scopeLine !== '本次表决范围：1幢、2幢（共 60 户）') throw new Error(`detail says 「${scopeLine}」`);
  await shot(page, '03-detail');
  return 'ok';
});
