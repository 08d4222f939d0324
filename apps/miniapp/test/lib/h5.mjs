// Shared scaffolding of the H5 browser tests (apps/miniapp/test/*.h5.mjs): H5_URL, Chromium with the project's flags,
// a phone-sized page per person, sign-in through the dev picker, screenshots into <repo>/.artifacts/, and one wrapper
// that reports the failing step with the page text and a screenshot. Not itself a test (its name does not end in .h5.mjs).
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

export const timeout = Number(process.env.SMOKE_TIMEOUT_MS ?? 30_000);
export const artifacts = fileURLToPath(new URL('../../../../.artifacts/', import.meta.url));
const PHONE = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, locale: 'zh-CN' };

/** Taro H5 keeps earlier pages of the stack in the DOM (hidden): only look at what is visible. */
export const vis = (page, selector) => page.locator(selector).filter({ visible: true });
export const byTest = (page, id) => vis(page, `[data-testid="${id}"]`);
export const tap = (page, id) => byTest(page, id).first().click({ timeout });
export const waitText = (page, text) => page.getByText(text).filter({ visible: true }).first().waitFor({ timeout });
/** Types into the input or textarea inside the element with data-testid `testId`. */
export async function fill(page, testId, value) {
  const field = byTest(page, testId).locator('input, textarea').first();
  await field.click({ timeout });
  await field.fill(value, { timeout });
}

/**
 * Starts one test named `name` (the prefix of its log lines and screenshots): checks H5_URL (exit 2 without it) and
 * launches Chromium. Pages opened through it are watched for page errors and shown when a step fails.
 */
export async function h5Test(name) {
  const baseUrl = process.env.H5_URL;
  if (!baseUrl) {
    console.error(`${name}: set H5_URL to the H5 app, e.g. H5_URL=http://127.0.0.1:3000/`);
    process.exit(2);
  }
  mkdirSync(artifacts, { recursive: true });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
    ],
  });
  const prefix = name.replace(/\./g, '-'); // ledger.h5 → ledger-h5-….png
  const pageErrors = [];
  const pages = [];
  let current = 'start';

  const t = {
    name,
    baseUrl,
    artifacts,
    browser,
    pageErrors,
    log: (message) => console.log(`${name}: ${message}`),
    /** The step under way, named in the failure report. */
    step: (label) => {
      current = label;
    },
    url: (hash) => new URL(hash, baseUrl).toString(),
    /** Opens `#<hash>` of the H5 app. */
    goHash: (page, hash) =>
      page.goto(new URL(`#${hash}`, baseUrl).toString(), { waitUntil: 'domcontentloaded', timeout }),

    /** A read-only GET of the API (figures to compare the pages with), as JSON; throws on a non-2xx answer. */
    async apiJson(path, token, communityId) {
      const headers = { Accept: 'application/json' };
      if (token) headers.Authorization = `Bearer ${token}`;
      if (communityId) headers['X-Community-Id'] = communityId;
      const res = await fetch(new URL(path, baseUrl), { headers });
      if (!res.ok) throw new Error(`GET ${path} → ${res.status}`);
      return res.json();
    },

    /** Dev sign-in of a seeded person through the API (not the UI): their token and their 阳光花园 community id. */
    async apiSession(personName) {
      const accounts = await t.apiJson('/api/v1/auth/dev/accounts');
      const person = accounts.find((a) => a.name === personName);
      if (!person) throw new Error(`no seeded person ${personName}`);
      const res = await fetch(new URL('/api/v1/auth/dev/login', baseUrl), {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ personId: person.personId }),
      });
      const body = await res.json();
      if (!res.ok)
        throw new Error(
          `dev sign-in of ${personName} → ${res.status} ${body?.error?.code ?? ''} ${body?.error?.message ?? ''}`,
        );
      const me = await t.apiJson('/api/v1/me', body.accessToken);
      const community = me.communities.find((c) => c.communityName === '阳光花园');
      return { token: body.accessToken, communityId: community.communityId };
    },

    /** A fresh phone-sized page in its own context (own storage, so its own session). */
    async newPage(label) {
      const context = await browser.newContext(PHONE);
      const page = await context.newPage();
      pages.push(page);
      page.on('pageerror', (err) => pageErrors.push(label ? `${label}: ${err.message}` : err.message));
      return page;
    },

    /** Closes a page's context (its session goes with it). */
    async closePage(page) {
      const i = pages.indexOf(page);
      if (i >= 0) pages.splice(i, 1);
      await page.context().close();
    },

    /** Opens the dev sign-in picker. */
    async openPicker(page) {
      await page.goto(t.url('#/pages/login/index'), { waitUntil: 'domcontentloaded', timeout });
      await page.getByText('测试登录（开发环境）').waitFor({ timeout });
    },

    /** The picker's entry whose name is exactly `person`. */
    pickerItem: (page, person) =>
      page.locator('.list-item').filter({ has: page.locator('.subtitle', { hasText: new RegExp(`^${person}$`) }) }),

    /**
     * Signs in through the dev picker as `person` and waits for the home greeting; with `community`, switches the
     * active community to it when another one is shown (people who work in two communities).
     */
    async signInAs(page, person, { community } = {}) {
      await t.openPicker(page);
      await t.pickerItem(page, person).first().click({ timeout });
      await page.getByText(`${person}，您好`).waitFor({ timeout });
      if (community && !(await page.getByText(`所在小区：${community}`).count())) {
        await page.getByTestId('switch-community').click({ timeout });
        await page.getByTestId('community-list').locator('.list-item', { hasText: community }).click({ timeout });
        await page.getByText(`所在小区：${community}`).waitFor({ timeout });
      }
      return page;
    },

    /** Waits until Taro's page slide-in has finished (otherwise a screenshot catches the page half off-screen). */
    async settled(page) {
      await page.waitForFunction(
        () =>
          [...document.querySelectorAll('.taro_page_show')].every((p) =>
            ['none', 'matrix(1, 0, 0, 1, 0, 0)'].includes(getComputedStyle(p).transform),
          ),
        undefined,
        { timeout },
      );
    },

    /** Screenshot `<repo>/.artifacts/<name>-<shot>.png` of the whole page, taken once the page has settled. */
    async shot(page, shot) {
      await t.settled(page);
      await page.screenshot({ path: `${artifacts}${prefix}-${shot}.png`, fullPage: true });
    },

    /**
     * Runs the test body; it returns the line printed on success. Page errors fail the test. On failure prints the step,
     * the first line of the error, each open page's text and saves a screenshot of it. Closes the browser and exits
     * (1 on failure).
     */
    async runSteps(body) {
      let failed = false;
      try {
        const done = await body();
        if (pageErrors.length) throw new Error(`page errors: ${pageErrors.join(' | ')}`);
        if (done) t.log(done);
      } catch (err) {
        failed = true;
        console.error(
          `${name}: FAILED at 「${current}」 — ${err instanceof Error ? err.message.split('\n')[0] : String(err)}`,
        );
        for (const [i, page] of pages.entries()) {
          const visible = await page
            .locator('.taro_page')
            .filter({ visible: true })
            .last()
            .innerText({ timeout: 1_000 })
            .catch(() => '');
          const text =
            visible ||
            (await page
              .locator('body')
              .innerText()
              .catch(() => ''));
          console.error(`${name}: page ${i} (${page.url()}) text was:\n${text.slice(0, 1200)}`);
          await page
            .screenshot({ path: `${artifacts}${prefix}-failed${pages.length > 1 ? `-${i}` : ''}.png`, fullPage: true })
            .catch(() => undefined);
        }
        if (pageErrors.length) console.error(`${name}: page errors: ${pageErrors.join(' | ')}`);
      } finally {
        await browser.close();
      }
      process.exit(failed ? 1 : 0);
    },
  };
  return t;
}
