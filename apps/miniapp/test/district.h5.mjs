#!/usr/bin/env node
// District overview (辖区概览): the district regulator signs in through the dev picker, opens 辖区概览 from the home grid
// and sees every community of the demo district with figures read from GET /api/v1/district/overview.
//   H5_URL=http://127.0.0.1:3000/ node apps/miniapp/test/district.h5.mjs
import { h5Test, timeout } from './lib/h5.mjs';

const t = await h5Test('district.h5');
const page = await t.newPage();
await t.runSteps(async () => {
  t.step('sign in as the regulator');
  await t.goHash(page, '/pages/login/index');
  await page.locator('.list-item', { hasText: '黄监管' }).first().click({ timeout });

  t.step('open 辖区概览 from the home grid');
  await page.locator('.grid-item', { hasText: '辖区概览' }).first().click({ timeout });
  await page.getByTestId('district-summary').waitFor({ timeout });

  t.step('every community of the demo district is listed with its figures');
  const cards = page.getByTestId('district-community');
  await cards.first().waitFor({ timeout });
  const texts = await cards.allInnerTexts();
  for (const name of ['阳光花园', '桂花苑']) {
    if (!texts.some((x) => x.includes(name)))
      throw new Error(`${name} is not listed: ${texts.map((x) => x.split('\n')[0]).join('、')}`);
  }
  const sunshine = texts.find((x) => x.includes('阳光花园'));
  // The demo seed: 300 homes, 4 shops and 20 parking spaces.
  if (!/324 户/.test(sunshine)) throw new Error(`阳光花园 should show its 324 units: ${sunshine.slice(0, 120)}`);
  for (const label of ['未关闭工单', '其中已超时', '正在投票', '最近一次公示']) {
    if (!sunshine.includes(label)) throw new Error(`figure 「${label}」 missing`);
  }
  const asOf = await page.getByTestId('district-as-of').innerText();
  if (!/数据统计于 \d+月\d+日 \d{2}:\d{2}/.test(asOf)) throw new Error(`the time of the figures is not shown: ${asOf}`);
  await t.shot(page, 'overview');
  return `${texts.length} communities listed for 黄监管, figures shown`;
});
