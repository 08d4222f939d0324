#!/usr/bin/env node
// H5 test of issue 13: an owner who signs in for the first time after a vote opened votes online.
// 阳光花园's roster lists a flat under an owner who never signed in. A vote opens (set up through the API with the votes
// test clock). Then the owner signs in — in H5 the only sign-in is the dev picker, and WeChat's phone check does not
// exist in a browser, so the owner is verified the other way: an owner binding confirmed by two committee members.
//   1. The newcomer (the 桂花苑 owner of the demo data, not in 阳光花园's electorate) asks through the API to be bound as
//      owner of the flat (setup: the binding pages are binding.h5.mjs's subject).
//   2. 吴淑珍 opens 房屋审核 in the pages: the owner request shows 确认进度; she confirms; the page says
//      「等待第二位委员确认」 and the card now says she confirmed. The newcomer's ballot is still refused
//      (VOTE.OWNER_NOT_VERIFIED, checked through the API).
//   3. 郑文斌 confirms in the pages: the request is approved.
//   4. The newcomer signs in through the picker, switches to 阳光花园, opens the open vote, votes, gets a receipt;
//      the ballot's receipt is in the chain and counted (the head frozen at opening was cast).
//   H5_URL=http://127.0.0.1:3000/ node apps/miniapp/test/votes-heads.h5.mjs
import { byTest, h5Test, tap, timeout, waitText } from './lib/h5.mjs';

const t = await h5Test('votes-heads.h5');
const { baseUrl, log } = t;
const TITLE = `关于增设电动车充电棚的表决（${new Date().toISOString().slice(11, 19).replace(/:/g, '')}）`;

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
  return { status: res.status, body: json };
}
async function ok(method, path, s, body) {
  const r = await call(method, path, s, body);
  if (r.status >= 300) throw new Error(`${method} ${path} → ${r.status} ${JSON.stringify(r.body).slice(0, 300)}`);
  return r.body;
}
let accounts;
async function sessionOf(person) {
  const { accessToken } = await ok('POST', '/api/v1/auth/dev/login', null, { personId: person.personId });
  const me = await ok('GET', '/api/v1/me', { token: accessToken });
  const c = me.communities.find((x) => x.communityName === '阳光花园');
  return { token: accessToken, communityId: c?.communityId, personId: person.personId };
}
async function session(name) {
  accounts ??= (await call('GET', '/api/v1/auth/dev/accounts')).body;
  const person = accounts.find((a) => a.name === name);
  if (!person) throw new Error(`no seeded person ${name}`);
  return sessionOf(person);
}
const moveClock = (admin, iso) => ok('POST', '/api/v1/_test/clock', admin, { now: iso });

await t.runSteps(async () => {
  t.step('setup: a vote of 阳光花园 opens (API)');
  const admin = await session('平台管理员');
  const chairS = await session('周德明');
  const wuS = await session('吴淑珍');
  const zhengS = await session('郑文斌');
  const community = chairS.communityId;
  const clockNow = new Date((await moveClock(admin, new Date().toISOString())).now);
  const draft = await ok('POST', '/api/v1/resolutions', chairS, {
    title: TITLE,
    explanation: '业委会提出在3幢旁增设电动车充电棚，请各位业主投票。',
    items: [{ title: '在3幢旁增设电动车充电棚', matterType: 9 }],
    votingOpensAt: new Date(clockNow.getTime() + 16 * 86_400_000).toISOString(),
  });
  for (const s of [chairS, wuS, zhengS]) await ok('POST', `/api/v1/resolutions/${draft.id}/approve`, s, {});
  await ok('POST', `/api/v1/resolutions/${draft.id}/publish-notice`, chairS, {});
  const r0 = await ok('GET', `/api/v1/resolutions/${draft.id}`, chairS);
  const opened = await moveClock(admin, new Date(new Date(r0.votingOpensAt).getTime() + 60_000).toISOString());
  if (!opened.opened.includes(draft.id)) throw new Error(`vote did not open: ${JSON.stringify(opened)}`);

  // A flat of building 6 whose roster owner never signed in (generated demo owners have no account in the picker).
  const units = await ok('GET', `/api/v1/resolutions/${draft.id}/ballot-units`, wuS);
  const flat = units.find((u) => u.buildingName === '6幢' && !u.voted);
  if (!flat) throw new Error('no free flat in 6幢');
  const [entrance, room] = [flat.room.split(/(?<=单元)/)[0], flat.room.split(/(?<=单元)/)[1]];
  log(`flat 6幢 ${flat.room}`);

  t.step('the newcomer signs in after opening and asks to be bound as owner (API)');
  accounts ??= (await call('GET', '/api/v1/auth/dev/accounts')).body;
  const newcomer = accounts.find(
    (a) =>
      a.communityName === '桂花苑' &&
      a.roles.includes('owner') &&
      a.roles.every((r) => r === 'owner' || r === 'resident'),
  );
  if (!newcomer) throw new Error('no 桂花苑 owner in the picker');
  const newS = { ...(await sessionOf(newcomer)), communityId: community };
  const before = await call('POST', `/api/v1/resolutions/${draft.id}/ballots`, newS, {
    choices: [{ itemId: r0.items[0].id, choice: 'yes' }],
    confirm: true,
  });
  if (before.status !== 403) throw new Error(`ballot before binding → ${before.status}`);
  const binding = await ok('POST', '/api/v1/bindings', newS, {
    building: '6幢',
    entrance,
    room,
    name: newcomer.name,
    phone: '13900001313',
    relation: 'owner',
  });
  if (binding.status !== 'pending') throw new Error(`binding is ${binding.status}`);

  t.step('吴淑珍 confirms in 房屋审核: waiting for the second member');
  const wu = await t.signInAs(await t.newPage('吴淑珍'), '吴淑珍');
  await t.goHash(wu, '/sub/identity/approvals/index');
  const card = () => byTest(wu, 'pending-request').filter({ hasText: newcomer.name });
  await card().first().waitFor({ timeout });
  await card().first().getByText('等待委员确认').first().waitFor({ timeout });
  await card().first().locator('[data-testid="approve"]').click({ timeout });
  await waitText(wu, '业主身份须两位业委会委员分别核对材料后确认');
  await tap(wu, 'confirm-decision');
  await byTest(wu, 'decision-done').filter({ hasText: '等待第二位委员确认' }).first().waitFor({ timeout });
  await card().first().locator('[data-testid="awaiting-second"]').waitFor({ timeout });
  await t.shot(wu, '01-first-confirmation');
  const pending = await call('POST', `/api/v1/resolutions/${draft.id}/ballots`, newS, {
    choices: [{ itemId: r0.items[0].id, choice: 'yes' }],
    confirm: true,
  });
  if (pending.status !== 403 || pending.body.error.code !== 'VOTE.OWNER_NOT_VERIFIED')
    throw new Error(`ballot after one confirmation → ${pending.status} ${JSON.stringify(pending.body)}`);
  log(`one member is not enough: ${pending.body.error.message}`);

  t.step('郑文斌 confirms: approved');
  const zheng = await t.signInAs(await t.newPage('郑文斌'), '郑文斌');
  await t.goHash(zheng, '/sub/identity/approvals/index');
  const zcard = byTest(zheng, 'pending-request').filter({ hasText: newcomer.name }).first();
  await zcard.getByText('等待第二位委员确认').first().waitFor({ timeout });
  await zcard.locator('[data-testid="approve"]').click({ timeout });
  await tap(zheng, 'confirm-decision');
  await byTest(zheng, 'decision-done').filter({ hasText: '已通过' }).first().waitFor({ timeout });
  await t.shot(zheng, '02-second-confirmation');

  t.step('the newcomer votes online in the pages');
  const owner = await t.signInAs(await t.newPage(newcomer.name), newcomer.name, { community: '阳光花园' });
  await t.goHash(owner, `/sub/votes/detail?id=${draft.id}`);
  await waitText(owner, TITLE);
  await tap(owner, 'go-vote');
  await tap(owner, 'choice-1-yes');
  await tap(owner, 'review-ballot');
  await tap(owner, 'submit-ballot');
  await byTest(owner, 'vote-done').waitFor({ timeout });
  const receipt = (await byTest(owner, 'receipt-code').first().getAttribute('aria-label')) ?? '';
  if (!/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/.test(receipt)) throw new Error(`receipt shown as ${receipt}`);
  await t.shot(owner, '03-voted');
  // The unit list no longer says who has voted (issue 15): the receipt is in the chain and counted.
  const counted = await ok('GET', `/api/v1/resolutions/${draft.id}/receipts/${receipt}`, wuS);
  if (!counted.found || !counted.counted) throw new Error(`the ballot is not counted: ${JSON.stringify(counted)}`);

  await moveClock(admin, new Date().toISOString());
  return `${newcomer.name} signed in after 「${TITLE}」 opened, was confirmed as owner of 6幢${flat.room} by 吴淑珍 then 郑文斌 (pending in between), and voted online (receipt ${receipt})`;
});
