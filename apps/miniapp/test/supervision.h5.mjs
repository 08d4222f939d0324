#!/usr/bin/env node
// Property-service supervision (物业服务监督, issue 25), the resident's side: two committee members of 阳光花园 record and
// confirm a grade-2 service menu and open a household survey (through the API); 王秀英 opens 物业服务监督 from the home
// grid, reads what the community pays for, answers the survey once for her home (a second answer is not offered),
// and files a complaint that the property manager then sees without her name.
//   H5_URL=http://127.0.0.1:3000/ node apps/miniapp/test/supervision.h5.mjs
import { byTest, fill, h5Test, tap, timeout } from './lib/h5.mjs';

const t = await h5Test('supervision.h5');

async function apiPost(session, path, body) {
  const res = await fetch(new URL(path, t.baseUrl), {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      Authorization: `Bearer ${session.token}`,
      'X-Community-Id': session.communityId,
    },
    body: JSON.stringify(body ?? {}),
  });
  const json = await res.json();
  if (!res.ok) throw new Error(`POST ${path} → ${res.status} ${json?.error?.message ?? ''}`);
  return json;
}

await t.runSteps(async () => {
  t.step('the committee adopts the grade-2 menu (one records, another confirms) and opens a survey');
  const wu = await t.apiSession('吴淑珍');
  const zheng = await t.apiSession('郑文斌');
  const contract = await apiPost(wu, '/api/v1/supervision/contracts', {
    companyName: '阳光物业服务有限公司',
    termStart: '2026-01-01',
    termEnd: '2028-12-31',
    grade: 2,
    fees: [{ unitKind: 'flat', fenPerM2: 150 }],
  });
  await apiPost(zheng, `/api/v1/supervision/contracts/${contract.id}/confirm`);
  await apiPost(wu, '/api/v1/supervision/surveys', {
    title: '物业服务满意度调查',
    questions: ['保洁', '秩序维护'],
    weighting: 'household',
    minResponses: 1,
    minResponseRatePermille: 0,
  });

  t.step('王秀英 opens 物业服务监督 and reads what the community pays for');
  const page = await t.signInAs(await t.newPage('王秀英'), '王秀英', { community: '阳光花园' });
  await page.locator('.grid-item', { hasText: '物业服务监督' }).first().click({ timeout });
  await page.getByTestId('sv-page').waitFor({ timeout });
  await page.getByText('阳光物业服务有限公司', { exact: false }).first().waitFor({ timeout });
  for (const text of ['我们付钱买了什么', '共用设施设备维修养护', '道路每日清扫 1 次，无明显垃圾']) {
    await page.getByText(text, { exact: false }).first().waitFor({ timeout });
  }

  t.step('she answers the survey for her home; afterwards it is not offered again');
  const survey = page.getByTestId('sv-survey').first();
  await survey.waitFor({ timeout });
  const questions = survey.locator('.sv-item');
  for (let i = 0; i < (await questions.count()); i++) {
    await questions.nth(i).getByText('满意', { exact: true }).click({ timeout });
  }
  await tap(page, 'sv-survey-submit');
  await page.getByText('您家已经答过这份问卷了', { exact: false }).first().waitFor({ timeout });
  if (await byTest(page, 'sv-survey-submit').count()) throw new Error('the survey is still offered after answering');

  t.step('she files a complaint; the property manager sees it without her name');
  await fill(page, 'sv-complaint-body', '3 号楼门口的垃圾两天没有清运');
  await tap(page, 'sv-complaint-submit');
  await page.getByTestId('sv-complaint').first().waitFor({ timeout });
  const row = await page.getByTestId('sv-complaint').first().innerText();
  if (!row.includes('等待答复')) throw new Error(`the complaint is not shown as waiting: ${row}`);
  const manager = await t.apiSession('赵物业经理');
  const seen = await t.apiJson('/api/v1/supervision/complaints', manager.token, manager.communityId);
  const mine = seen.items.find((c) => c.body.includes('垃圾两天没有清运'));
  if (!mine) throw new Error('the property manager does not see the complaint');
  if (JSON.stringify(mine).includes('王秀英')) throw new Error('the complainant is named to the property manager');
  await t.shot(page, 'resident');
  return 'menu read, survey answered once, complaint filed and seen by the company without a name';
});
