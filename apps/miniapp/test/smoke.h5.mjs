#!/usr/bin/env node
// H5 smoke test: opens the home page of a running H5 build and waits for 「服务正常」, which only
// appears after a real GET /healthz answer. Saves a screenshot to <repo>/.artifacts/.
//   H5_URL=http://127.0.0.1:3000/ node apps/miniapp/test/smoke.h5.mjs
// Exits non-zero on failure (page error, no text within the timeout, browser missing).
import { h5Test, timeout } from './lib/h5.mjs';

const t = await h5Test('smoke.h5');
const page = await t.newPage();
page.on('console', (msg) => {
  if (msg.type() === 'error') console.error(`smoke.h5: [console] ${msg.text()}`);
});
await t.runSteps(async () => {
  t.step('open home');
  t.log(`opening ${t.url('#/pages/index/index')}`);
  await t.goHash(page, '/pages/index/index');
  await page.getByText('服务正常', { exact: true }).waitFor({ state: 'visible', timeout });
  const version = (await page.getByTestId('health-ok').innerText()).replace(/\s+/g, ' ');
  t.log(`home page shows 「${version}」`);
  const signedOut = await page.getByText('您还没有登录').count();
  if (signedOut) t.log('signed-out state with the 登录 button');
  await t.shot(page, 'home');
  return `screenshot ${t.artifacts}smoke-h5-home.png`;
});
