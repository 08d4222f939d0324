#!/usr/bin/env node
// H5 test of 大字模式 (large-text mode): 王秀英 (an elderly owner) turns it on in 我的 · 显示设置 on home; then on home,
// 报修, 业主表决 and 公共收益 every visible text is ≥ 20 px with a line height ≥ 1.3 and contrast ≥ 4.5:1 against its
// background, and every tap target is ≥ 60 × 60 px — all read from computed styles on a 390-px-wide phone. Before it is
// on, home has smaller text (so the measure can fail); after a reload it stays on.
//   H5_URL=http://127.0.0.1:3000/ node apps/miniapp/test/large-text.h5.mjs
import { byTest, h5Test, timeout, waitText } from './lib/h5.mjs';

const t = await h5Test('large-text.h5');
const page = await t.signInAs(await t.newPage(), '王秀英');

/** Violations of the 适老化 figures on the page now shown (the visible page root). */
function measure(page) {
  return page.evaluate(() => {
    const TAP =
      '.nut-button, .big-button, .list-item, .grid-item, .rp-chip, .vote-chip, .ledger-chip, .rp-link, .ledger-link, .rp-count, .rp-ticket';
    const visible = (e) => {
      const r = e.getBoundingClientRect();
      const s = getComputedStyle(e);
      return (
        r.width > 0 && r.height > 0 && s.visibility !== 'hidden' && s.display !== 'none' && e.offsetParent !== null
      );
    };
    const root = [...document.querySelectorAll('.page')].find(visible);
    if (!root) return { large: false, bad: ['no visible page'] };
    const rgb = (c) => (c.match(/[\d.]+/g) ?? []).map(Number);
    const lum = ([r, g, b]) => {
      const f = (v) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
      return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
    };
    const background = (e) => {
      for (let n = e; n; n = n.parentElement) {
        const s = getComputedStyle(n);
        // A gradient (NutUI's primary button) counts as its first colour.
        const gradient = s.backgroundImage.includes('gradient') ? s.backgroundImage.match(/rgba?\([^)]*\)/) : null;
        if (gradient) return rgb(gradient[0]);
        const c = rgb(s.backgroundColor);
        if (c.length >= 3 && (c.length < 4 || c[3] > 0.5)) return c;
      }
      return [255, 255, 255];
    };
    const bad = [];
    let texts = 0;
    for (const e of root.querySelectorAll('*')) {
      if (!visible(e)) continue;
      const own = [...e.childNodes].some((n) => n.nodeType === 3 && n.textContent.trim());
      if (own) {
        texts++;
        const s = getComputedStyle(e);
        const fs = parseFloat(s.fontSize);
        const lh = s.lineHeight === 'normal' ? fs * 1.2 : parseFloat(s.lineHeight);
        const fg = rgb(s.color);
        const [l1, l2] = [lum(fg), lum(background(e))].sort((a, b) => b - a);
        const contrast = (l1 + 0.05) / (l2 + 0.05);
        const what = `「${e.textContent.trim().slice(0, 12)}」`;
        if (fs < 20) bad.push(`${what} font ${fs.toFixed(1)} px`);
        if (lh < 1.3 * fs - 0.01) bad.push(`${what} line height ${(lh / fs).toFixed(2)}`);
        if (contrast < 4.5) bad.push(`${what} contrast ${contrast.toFixed(2)}`);
      }
    }
    for (const e of root.querySelectorAll(TAP)) {
      if (!visible(e)) continue;
      const r = e.getBoundingClientRect();
      if (r.width < 60 || r.height < 60)
        bad.push(`tap 「${e.textContent.trim().slice(0, 12)}」 ${r.width.toFixed(0)}×${r.height.toFixed(0)} px`);
    }
    return { large: root.classList.contains('page--large'), texts, bad };
  });
}

async function check(name) {
  await t.settled(page);
  const m = await measure(page);
  if (!m.large) throw new Error(`${name}: the page root is not in large-text mode`);
  if (m.texts < 3) throw new Error(`${name}: only ${m.texts} texts measured`);
  if (m.bad.length)
    throw new Error(`${name}: ${m.bad.length} below the 适老化 figures: ${m.bad.slice(0, 8).join('; ')}`);
  await t.shot(page, name);
  return m.texts;
}

await t.runSteps(async () => {
  t.step('before: home has text below 20 px');
  await byTest(page, 'display-settings').waitFor({ timeout });
  const before = await measure(page);
  if (before.large || !before.bad.some((b) => b.includes('font'))) throw new Error('home already in large text');

  t.step('turn on 大字模式 in 我的 · 显示设置');
  await byTest(page, 'large-text-toggle').click({ timeout });
  await page.getByText('大字模式：已开启', { exact: false }).waitFor({ timeout });
  const counts = { home: await check('1-home') };

  t.step('it stays on after a reload');
  await page.reload({ waitUntil: 'domcontentloaded' });
  await byTest(page, 'display-settings').getByText('大字模式：已开启', { exact: false }).waitFor({ timeout });

  t.step('报修 (report form)');
  await t.goHash(page, '/sub/repairs/report');
  await byTest(page, 'rp-cat-water').waitFor({ timeout });
  counts.report = await check('2-report');

  t.step('业主表决 (vote list)');
  await t.goHash(page, '/sub/votes/index');
  await waitText(page, '投票中');
  await page.waitForFunction(
    () => ![...document.querySelectorAll('.nut-loading')].some((e) => e.offsetParent !== null),
    null,
    { timeout },
  );
  counts.votes = await check('3-votes');

  t.step('公共收益 (ledger)');
  await t.goHash(page, '/sub/ledger/index');
  await waitText(page, '公共收益账户余额');
  await page.waitForFunction(
    () => ![...document.querySelectorAll('.nut-loading')].some((e) => e.offsetParent !== null),
    null,
    { timeout },
  );
  counts.ledger = await check('4-ledger');
  return `every text ≥ 20 px, line height ≥ 1.3, contrast ≥ 4.5, taps ≥ 60 px: ${JSON.stringify(counts)} texts`;
});
