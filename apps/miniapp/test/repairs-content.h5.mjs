#!/usr/bin/env node
// H5 test: a report refused by WeChat's content check (CONTENT.REJECTED with details.field) marks that field red with
// the API's Chinese message, and the mark goes as soon as the text is changed. The API's answer is stood in for with
// a browser route (the browser-test API runs without WeChat's content check); nothing is written.
//   H5_URL=http://127.0.0.1:3000/ node apps/miniapp/test/repairs-content.h5.mjs
import { h5Test, timeout, byTest as byTestOn, fill as fillOn, vis as visOn } from './lib/h5.mjs';

const t = await h5Test('repairs-content.h5');
const MESSAGE = '「问题描述」含有不适合发布的内容，请修改后再提交';

const page = await t.newPage();
const vis = (selector) => visOn(page, selector);
const byTest = (id) => byTestOn(page, id);
const fill = (testId, value) => fillOn(page, testId, value);

await t.runSteps(async () => {
  t.step('sign in as 王秀英 and open 我要报修');
  await t.signInAs(page, '王秀英');
  await t.goHash(page, '/sub/repairs/report');
  await byTest('rp-cat-lift').first().waitFor({ timeout });

  t.step('fill a common-area report; the API refuses the description');
  let posts = 0;
  await page.route('**/api/v1/repairs', async (route) => {
    if (route.request().method() !== 'POST') return route.fallback();
    posts++;
    await route.fulfill({
      status: 400,
      contentType: 'application/json',
      body: JSON.stringify({
        error: { code: 'CONTENT.REJECTED', message: MESSAGE, details: { field: 'description' } },
      }),
    });
  });
  await byTest('rp-area-common').first().click({ timeout });
  await byTest('rp-cat-lift').first().click({ timeout });
  await fill('rp-location', '3幢2单元电梯');
  await fill('rp-description', '电梯按钮失灵');
  await byTest('rp-submit').first().click({ timeout });
  const error = byTest('rp-description-error');
  await error.waitFor({ timeout });
  if ((await error.innerText()).trim() !== MESSAGE) throw new Error(`field message was 「${await error.innerText()}」`);
  await byTest('rp-content-rejected').waitFor({ timeout });
  if (!(await vis('[data-testid="rp-description"].rp-textarea--bad').count()))
    throw new Error('the description box is not marked red');
  if (await byTest('rp-location-error').count()) throw new Error('the location was marked although it passed');
  if (posts !== 1) throw new Error(`expected one POST, saw ${posts}`);
  await byTest('rp-description').first().scrollIntoViewIfNeeded();
  await t.shot(page, '1-rejected');

  t.step('changing the description removes the mark at once');
  await fill('rp-description', '电梯按钮失灵，按了没有反应');
  await byTest('rp-description-error').waitFor({ state: 'detached', timeout });
  if (await vis('.rp-textarea--bad').count()) throw new Error('the description box is still red after the change');
  await t.shot(page, '2-corrected');

  return 'a description refused by the content check is marked red with the Chinese message, and unmarked once changed';
});
