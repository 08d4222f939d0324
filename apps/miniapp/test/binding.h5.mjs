#!/usr/bin/env node
// H5 binding test against a running API with the demo district seeded (development mode).
//
// Persona: a newcomer to 阳光花园 — someone who is not a member of it. The dev sign-in picker lists only people with a
// role or an approved binding, so a person with no community at all cannot be signed in through it, and making one
// would need a back door the product does not have. The honest, simple stand-in is the one resident the demo seed
// binds in the small community 桂花苑 (picked in the picker by 「桂花苑 · 业主」; the name is random): for 阳光花园 he is
// a stranger, and he reaches it the way a newcomer does — 「其他小区」 → search by name → pick the result. (A person
// with no community at all gets the same search straight away, without the 「其他小区」 choice.)
//
//   1. The newcomer: sign in (dev picker) → 绑定房屋 → 申请绑定房屋 → 其他小区 → an empty search is refused in Chinese,
//      an unknown name says nothing was found, 「阳光」 finds 阳光花园 with its address and district → pick it → fill
//      the form (building typed as a bare number, normalised to 「N幢」), choose 租户, upload a document photo (sent to
//      /api/v1/bindings/documents with X-Community-Id of 阳光花园, not of his own community) → 申请已提交 →
//      我的房屋 shows 审核中.
//   2. 周德明 (committee chair of 阳光花园): 房屋审核 → the request (unit, relation, masked phone) → 查看证明材料 shows
//      the photo (the image really loads) → 通过 → confirmation step → 确认通过. Then 业主名册: a CSV with bad rows
//      lists each row's Chinese reason and the import button stays disabled (nothing is committed).
//   3. 赵物业经理 (two communities) switches community; 桂花苑's review list does not show 阳光花园's requests.
//   4. The newcomer again: 我的房屋 lists the 阳光花园 flat as 已绑定; 我的数据 shows the binding.
// Screenshots of each screen go to <repo>/.artifacts/binding-h5-*.png.
//   H5_URL=http://127.0.0.1:3000/ node apps/miniapp/test/binding.h5.mjs
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { deflateSync } from 'node:zlib';
import { h5Test, timeout } from './lib/h5.mjs';

const t = await h5Test('binding.h5');
const { baseUrl } = t;
const work = mkdtempSync(path.join(tmpdir(), 'binding-h5-'));

// ---- fixtures -------------------------------------------------------------------------------------------------
/** A real PNG (solid colour, 240×160) to stand in for a photo of a lease; the API re-encodes it. */
function pngFile() {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (buf) => {
    let c = 0xffffffff;
    for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type, data) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const sum = Buffer.alloc(4);
    sum.writeUInt32BE(crc(body));
    return Buffer.concat([len, body, sum]);
  };
  const [w, h] = [240, 160];
  const header = Buffer.alloc(13);
  header.writeUInt32BE(w, 0);
  header.writeUInt32BE(h, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8-bit RGB
  const row = Buffer.concat([Buffer.from([0]), Buffer.alloc(w * 3, Buffer.from([200, 120, 40]))]);
  const raw = Buffer.concat(Array.from({ length: h }, () => row));
  const file = path.join(work, '租赁合同.png');
  writeFileSync(
    file,
    Buffer.concat([
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      chunk('IHDR', header),
      chunk('IDAT', deflateSync(raw)),
      chunk('IEND', Buffer.alloc(0)),
    ]),
  );
  return file;
}

function badRosterCsv() {
  const file = path.join(work, '名册-有错误.csv');
  writeFileSync(
    file,
    [
      '楼栋,单元,房号,面积,面积来源,业主姓名,手机号',
      '1幢,1单元,101,89.50,登记,王秀英,13900000001',
      '1幢,1单元,102,八十,登记,张三,13900000002',
      '1幢,1单元,103,90.00,登记,,12345',
    ].join('\n'),
  );
  return file;
}

// ---- browser --------------------------------------------------------------------------------------------------
let page;
/** The flat the newcomer asks for, e.g. { n: '3', building: '3幢', entrance: '2单元', room: '501' }. */
let target;
let unitText = '';
/** The newcomer's name (random in the demo seed; read from the picker). */
let newcomer = '';
/** Screenshot once Taro's page slide-in has finished (otherwise the page is captured half off-screen). */
const shot = (name) => t.shot(page, name);

/** A fresh browser context (no stored session) on the dev sign-in picker. */
async function openPicker() {
  if (page) await t.closePage(page);
  page = await t.newPage();
  await t.openPicker(page);
}

/** Signs in through the dev picker as `name`. */
async function signInAs(name) {
  if (page) await t.closePage(page);
  page = await t.signInAs(await t.newPage(), name);
}

/**
 * Signs in as the newcomer: the one person the picker shows under 桂花苑 with no role but 业主 (and, once approved
 * in 阳光花园 by an earlier run on the same data, 住户). Property staff of 桂花苑 carry staff roles and are not matched.
 */
async function signInAsNewcomer() {
  await openPicker();
  const item = page
    .locator('.list-item')
    .filter({ has: page.locator('.text', { hasText: /^桂花苑$/ }) })
    .filter({ has: page.locator('.muted', { hasText: /^业主(、住户)?$/ }) });
  await item.first().waitFor({ timeout });
  if ((await item.count()) !== 1)
    throw new Error(`expected one 桂花苑 resident in the picker, found ${await item.count()}`);
  const name = (await item.locator('.subtitle').innerText()).trim();
  await item.click({ timeout });
  await page.getByText(`${name}，您好`).waitFor({ timeout });
  return name;
}

/** NutUI buttons: the taro-button-core element takes the click, not the text inside it. */
const btn = (scope, text) => scope.locator('.nut-button', { hasText: new RegExp(`^${text}$`) });
/** The signed-in person's own bindings, read with the token the app stored (no extra sign-in: those are rate limited). */
async function myBindings() {
  const session = await page.evaluate(() => {
    const raw = localStorage.getItem('gongzhi.session');
    if (!raw) return null;
    const parsed = JSON.parse(raw);
    return parsed?.data ?? parsed;
  });
  const token = typeof session === 'string' ? JSON.parse(session).accessToken : session?.accessToken;
  if (!token) throw new Error('no stored session after sign-in');
  const res = await fetch(new URL('/api/v1/bindings/mine', baseUrl), { headers: { authorization: `Bearer ${token}` } });
  if (!res.ok) throw new Error(`GET /api/v1/bindings/mine → ${res.status}`);
  return res.json();
}

const tile = (label) =>
  page.locator('.grid-item', { has: page.locator('.grid-item__label', { hasText: new RegExp(`^${label}$`) }) });

await t.runSteps(async () => {
  t.step('the newcomer (a 桂花苑 resident) signs in');
  newcomer = await signInAsNewcomer();
  const before = await myBindings();
  if (!before.some((b) => b.communityName === '桂花苑' && b.status === 'approved'))
    throw new Error(`${newcomer} should be bound in 桂花苑`);
  // A 阳光花园 flat he has not asked for yet, so the test also runs again on the same data.
  const taken = new Set(
    before
      .filter((b) => b.communityName === '阳光花园' && (b.status === 'pending' || b.status === 'approved'))
      .map((b) => `${b.building}|${b.entrance}|${b.room}`),
  );
  target = [3, 4, 5, 6, 7, 8, 9]
    .flatMap((b) =>
      ['501', '502', '503'].map((room) => ({ n: String(b), building: `${b}幢`, entrance: '2单元', room })),
    )
    .find((u) => !taken.has(`${u.building}|${u.entrance}|${u.room}`));
  if (!target)
    throw new Error(`${newcomer} already asked for every candidate flat; restart the API with a fresh database`);
  unitText = `${target.building} ${target.entrance} ${target.room}`;

  t.step('the newcomer opens 我的房屋 and the request form');
  await tile('绑定房屋').click({ timeout });
  await page.getByText('已绑定的房屋').waitFor({ timeout });
  await page.locator('[data-testid="binding-approved"]', { hasText: '桂花苑' }).first().waitFor({ timeout });
  await shot('1-my-units-before');
  await btn(page, '申请绑定房屋').click({ timeout });
  const communityCard = page.locator('[data-testid="community-card"]');
  await communityCard.locator('[data-testid="community-mine"]', { hasText: '桂花苑' }).waitFor({ timeout });
  // Name and phone are pre-filled from /me.
  const prefilledName = await page.locator('[data-testid="field-name"] input').inputValue();
  if (prefilledName !== newcomer)
    throw new Error(`name not pre-filled from /me (got 「${prefilledName}」, expected 「${newcomer}」)`);

  t.step('其他小区: search by name');
  await communityCard.locator('[data-testid="community-other"]').click({ timeout });
  const search = page.locator('[data-testid="community-search"]');
  await search.waitFor({ timeout });
  // Until a community is picked, the rest of the form is not shown: one next step.
  if ((await page.locator('[data-testid="field-building"]').count()) > 0)
    throw new Error('the flat fields should wait until a community is picked');
  await btn(search, '查找小区').click({ timeout });
  await search.getByText('请至少输入小区名称中的 2 个字，例如“阳光”').waitFor({ timeout });
  const searchInput = search.locator('[data-testid="field-community-q"] input');
  await searchInput.fill('没有这个小区');
  await btn(search, '查找小区').click({ timeout });
  await search
    .locator('[data-testid="community-none"]')
    .getByText('没有找到名称含“没有这个小区”的小区。')
    .waitFor({ timeout });
  await searchInput.fill('阳光');
  const searched = page.waitForResponse(
    (r) => r.url().includes('/api/v1/bindings/communities?') && r.request().method() === 'GET',
    { timeout },
  );
  await btn(search, '查找小区').click({ timeout });
  const found = await (await searched).json();
  const sunshine = found.find((c) => c.name === '阳光花园');
  if (!sunshine) throw new Error(`searching 「阳光」 did not return 阳光花园 (got ${JSON.stringify(found)})`);
  const result = search.locator('[data-testid="community-result"]', {
    has: page.locator('.subtitle', { hasText: /^阳光花园$/ }),
  });
  await result.getByText(sunshine.address).waitFor({ timeout });
  await result.getByText(sunshine.districtName).waitFor({ timeout });
  await shot('2-community-search');

  t.step('pick 阳光花园');
  await result.click({ timeout });
  const chosen = page.locator('[data-testid="community-chosen"]');
  await chosen.getByText('阳光花园').waitFor({ timeout });
  await chosen.getByText(sunshine.address).waitFor({ timeout });
  await page.locator('[data-testid="field-building"] input').waitFor({ timeout });
  await shot('3-community-picked');

  t.step('submitting an empty form shows Chinese field errors');
  await btn(page, '提交申请').click({ timeout });
  await page.getByText('请填写楼栋，例如“1幢”').waitFor({ timeout });
  await page.getByText('请选择您与这套房屋的关系').waitFor({ timeout });

  t.step('fill the form (building as a bare number), choose 租户, upload a document photo');
  await page.locator('[data-testid="field-building"] input').fill(target.n);
  await page.locator('[data-testid="field-entrance"] input').fill('2');
  await page.locator('[data-testid="field-room"] input').fill(target.room);
  await page.locator('[data-testid="relation-tenant"]').click({ timeout });
  // Corrected fields lose their red hints at once.
  await page.getByText('请选择您与这套房屋的关系').waitFor({ state: 'detached', timeout });
  await page.getByText('请填写楼栋，例如“1幢”').waitFor({ state: 'detached', timeout });
  await page.getByText('还有内容没有填好，请看上面的红色提示。').waitFor({ state: 'detached', timeout });
  const uploadRequest = page.waitForRequest(
    (r) => r.url().includes('/api/v1/bindings/documents') && r.method() === 'POST',
    { timeout },
  );
  const chooser = page.waitForEvent('filechooser', { timeout });
  await btn(page, '拍照或选择照片').click({ timeout });
  await (await chooser).setFiles(pngFile());
  const uploadHeaders = await (await uploadRequest).allHeaders();
  if (uploadHeaders['x-community-id'] !== sunshine.id) {
    throw new Error(
      `the photo should be uploaded to 阳光花园 (${sunshine.id}), X-Community-Id was ${uploadHeaders['x-community-id']}`,
    );
  }
  await page.locator('[data-testid="document-uploaded"]').waitFor({ timeout });
  await shot('4-request-form');

  t.step('submit the request');
  await btn(page, '提交申请').click({ timeout });
  await page.locator('[data-testid="bind-submitted"]').waitFor({ timeout });
  await page.getByText('申请已提交').waitFor({ timeout });
  await page.getByText(`阳光花园 ${unitText}（租户）`).waitFor({ timeout });
  await shot('5-request-submitted');

  t.step('我的房屋 lists the request as 审核中');
  await btn(page, '查看我的房屋').click({ timeout });
  const pendingCard = page.locator('[data-testid="binding-pending"]', { hasText: unitText });
  await pendingCard.waitFor({ timeout });
  await pendingCard.getByText('审核中').waitFor({ timeout });
  await shot('6-my-units-pending');

  t.step('周德明 signs in and opens 房屋审核');
  await signInAs('周德明');
  await page.getByText('业委会主任').first().waitFor({ timeout });
  await tile('房屋审核').click({ timeout });
  const request = page.locator('[data-testid="pending-request"]', { hasText: unitText });
  await request.waitFor({ timeout });
  await request.getByText(newcomer).waitFor({ timeout });
  await request.getByText('租户').waitFor({ timeout });
  const phoneShown = (
    await request
      .locator('.kv', { has: page.locator('.kv__k', { hasText: /^手机号$/ }) })
      .locator('.kv__v')
      .innerText()
  ).trim();
  if (!/^1\d{2}\*{4}\d{4}$/.test(phoneShown))
    throw new Error(`reviewer should see a masked phone, saw 「${phoneShown}」`);
  await shot('7-approvals-list');

  t.step('the reviewer opens the document photo');
  await btn(request, '查看证明材料').click({ timeout });
  const photo = request.locator('[data-testid="document-view"] img');
  await photo.waitFor({ timeout });
  await page.waitForFunction((img) => img.complete && img.naturalWidth > 0, await photo.elementHandle(), { timeout });
  const size = await photo.evaluate((img) => `${img.naturalWidth}×${img.naturalHeight}`);
  console.log(`binding.h5: 周德明 sees the document photo (${size})`);
  await shot('8-document-photo');

  t.step('approve with the confirmation step');
  await btn(request, '通过').click({ timeout });
  await request.locator('[data-testid="confirm-step"]').waitFor({ timeout });
  await request.getByText(new RegExp(`确认通过？${newcomer}将以“租户”身份绑定`)).waitFor({ timeout });
  await shot('9-approve-confirm');
  await btn(request, '确认通过').click({ timeout });
  await page.getByText(`已通过：${unitText} ${newcomer}`).waitFor({ timeout });
  await page.locator('[data-testid="pending-request"]', { hasText: unitText }).waitFor({ state: 'detached', timeout });
  await shot('10-approved');

  t.step('roster preview lists every bad row and blocks the import');
  await page.goBack();
  await tile('业主名册').click({ timeout });
  const rosterChooser = page.waitForEvent('filechooser', { timeout });
  await btn(page, '选择名册文件').click({ timeout });
  await (await rosterChooser).setFiles(badRosterCsv());
  const errorsCard = page.locator('[data-testid="roster-errors"]');
  await errorsCard.waitFor({ timeout });
  await errorsCard.getByText('第 3 行').waitFor({ timeout });
  await errorsCard.getByText('第 4 行').first().waitFor({ timeout });
  const commitButton = btn(page, '有问题未改正，不能提交');
  await commitButton.waitFor({ timeout });
  if (!(await commitButton.evaluate((el) => el.hasAttribute('disabled') || el.className.includes('disabled')))) {
    throw new Error('the import button should be disabled while rows have errors');
  }
  await shot('11-roster-preview-errors');

  t.step('赵物业经理 (two communities) switches community on the home page');
  await signInAs('赵物业经理');
  const list = page.locator('[data-testid="community-list"]');
  /** Opens 切换小区 and picks `name` (the list shows each community with the roles held there, in Chinese). */
  const switchTo = async (name) => {
    await btn(page, '切换小区').click({ timeout });
    await list.locator('.list-item', { hasText: '（当前）' }).waitFor({ timeout });
    await list.locator('.list-item', { hasText: '桂花苑' }).getByText('身份：物业经理').waitFor({ timeout });
    await list.locator('.list-item', { hasText: '阳光花园' }).getByText('身份：物业经理').waitFor({ timeout });
    await list.locator('.list-item', { hasText: name }).click({ timeout });
    await page.getByText(`所在小区：${name}`).waitFor({ timeout });
  };
  const current = (await page.getByText(/^所在小区：/).innerText()).replace('所在小区：', '').trim();
  if (current === '桂花苑') await switchTo('阳光花园');
  await btn(page, '切换小区').click({ timeout });
  await list.waitFor({ timeout });
  await shot('12-switch-community');
  await list.locator('.list-item', { hasText: '桂花苑' }).click({ timeout });
  await page.getByText('所在小区：桂花苑').waitFor({ timeout });
  // Requests now carry X-Community-Id of 桂花苑: its review list does not show 阳光花园's requests.
  await tile('房屋审核').click({ timeout });
  await page.locator('[data-testid="no-pending"], [data-testid="pending-request"]').first().waitFor({ timeout });
  if ((await page.locator('[data-testid="pending-request"]', { hasText: unitText }).count()) > 0) {
    throw new Error('after switching to 桂花苑 the review list still shows 阳光花园 requests');
  }

  t.step('the newcomer sees the 阳光花园 flat as 已绑定 in 我的房屋');
  await signInAsNewcomer();
  await tile('绑定房屋').click({ timeout });
  const boundCard = page.locator('[data-testid="binding-approved"]', { hasText: unitText });
  await boundCard.waitFor({ timeout });
  await boundCard.getByText('已绑定').waitFor({ timeout });
  await shot('13-my-units-bound');

  t.step('我的数据 shows the binding');
  await page.goBack();
  await tile('我的数据').click({ timeout });
  await page.locator('[data-testid="my-data-person"]').waitFor({ timeout });
  await page.getByText(`阳光花园 ${unitText}`).waitFor({ timeout });
  await shot('14-my-data');

  return `${newcomer} (桂花苑) found 阳光花园 by name, asked for ${unitText} with a photo, 周德明 saw the photo and approved, ${newcomer} sees it bound; roster errors block the import`;
});
