// End-to-end tests of the clinician app in a real browser: the app is built
// with Vite (as npm run build:app does, into a temporary folder), served on loopback, and driven in the system's
// Chromium (headless) through playwright-core. Screenshots go to reports/app/
// (and to docs/app/ with UPDATE_APP_SCREENSHOTS=1). Outside CI the file skips,
// saying why, when no Chromium is installed; in CI (CI set) a missing browser fails.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
// Built into a temporary folder (not dist/app), so the packing tests that run beside this one never see a half-written build.
let dist = '';
const shots = path.join(root, 'reports', 'app');
const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
const haveBrowser = existsSync(CHROMIUM);
const inCi = (process.env['CI'] ?? '') !== '';
if (!haveBrowser && !inCi) {
  process.stderr.write(`app browser tests skipped: no Chromium at ${CHROMIUM} (install the Debian package chromium, or set CHROMIUM_PATH); in CI they run\n`);
}

const TYPES: Readonly<Record<string, string>> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml', '.json': 'application/json' };

let server: Server;
let browser: Browser;
let base = '';

async function shot(page: Page, name: string, selector?: string): Promise<void> {
  mkdirSync(shots, { recursive: true });
  const file = path.join(shots, name);
  if (selector === undefined) await page.screenshot({ path: file, fullPage: false });
  else {
    // The element from its top, at most 1100 px high (the committed pictures stay small).
    await page.locator(selector).scrollIntoViewIfNeeded();
    const box = await page.locator(selector).boundingBox();
    const scrollY = await page.evaluate<number>('window.scrollY');
    if (box === null) throw new Error(`no ${selector} to photograph`);
    await page.screenshot({ path: file, fullPage: true, clip: { x: box.x, y: box.y + scrollY, width: box.width, height: Math.min(box.height, 1100) } });
  }
  if (process.env['UPDATE_APP_SCREENSHOTS'] === '1') copyFileSync(file, path.join(root, 'docs', 'app', name));
}

async function open(): Promise<Page> {
  // bypassCSP: only so the test can inject axe-core into the page; the app itself runs under its own CSP.
  const page = await browser.newPage({ viewport: { width: 1000, height: 900 }, bypassCSP: true });
  const outside: string[] = [];
  page.on('request', (r) => { if (!r.url().startsWith(base)) outside.push(r.url()); });
  await page.goto(`${base}/index.html`);
  await page.waitForSelector('#prescription');
  (page as Page & { outside?: string[] }).outside = outside;
  return page;
}

const field = (page: Page, label: string) => page.getByLabel(label, { exact: true });

async function typedPump(page: Page): Promise<void> {
  await field(page, 'Pump').selectOption('typed');
  for (const [label, v] of [['Reservoir volume', '40'], ['Low-reservoir alarm volume', '2'], ['Rate resolution', '0.001'], ['Minimum rate', '0.006'], ['Maximum rate', '24'], ['Maximum bolus rate', '1'], ['Pump internal volume', '0.2']] as const) {
    await field(page, label).fill(v);
  }
}

async function morphine(page: Page, dose: string, concentration = '10 mg/mL'): Promise<void> {
  await typedPump(page);
  await field(page, 'Fill volume').fill('40');
  await field(page, 'Drug 1').selectOption('morphine');
  await field(page, 'Drug 1 concentration').selectOption(concentration);
  await field(page, 'Daily dose').fill(dose);
}

/** Moves the focus with Tab only (at most 120 presses) to the control labelled `label`, then types `text` (a select chooses by typing). */
async function tabTo(page: Page, label: string, text: string): Promise<void> {
  for (let i = 0; i < 120; i += 1) {
    await page.keyboard.press('Tab');
    const here = await page.evaluate<string>(`(() => { const a = document.activeElement; const l = a && a.labels && a.labels[0]; return l ? l.textContent : ''; })()`);
    if (here === label) { await page.keyboard.type(text); return; }
  }
  throw new Error(`Tab never reached ${label}`);
}

async function seriousViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: readFileSync(path.join(root, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8') });
  // Page-side scripts are plain JavaScript text: this file is type-checked without the DOM types.
  return page.evaluate<string[]>(`axe.run(document).then((r) => r.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => v.id + ' (' + v.nodes.length + ')'))`);
}

describe.skipIf(!haveBrowser && !inCi)('clinician app in a real browser', () => {
  beforeAll(async () => {
    expect(haveBrowser, `CI needs Chromium at ${CHROMIUM}`).toBe(true);
    dist = mkdtempSync(path.join(tmpdir(), 'itdose-app-dist-'));
    await build({ configFile: path.join(root, 'adapters', 'app', 'vite.config.ts'), logLevel: 'warn', build: { outDir: dist, emptyOutDir: true } });
    server = createServer((req, res) => {
      const rel = decodeURIComponent((req.url ?? '/').split('?')[0] ?? '/');
      const file = path.join(dist, rel === '/' ? 'index.html' : rel);
      if (!file.startsWith(dist) || !existsSync(file)) { res.writeHead(404).end(); return; }
      res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const args = ['--headless', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
    if (process.getuid?.() === 0) args.push('--no-sandbox');
    // launch() gives the browser a fresh, temporary profile of its own (a --user-data-dir it deletes on close).
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args });
  });
  afterAll(async () => {
    await browser?.close();
    await new Promise<void>((r) => (server === undefined ? r() : server.close(() => r())));
    if (dist !== '') rmSync(dist, { recursive: true, force: true });
  });

  it('[REQ-APP-001] the app type-checks with the DOM types', () => {
    const r = spawnSync(process.execPath, [path.join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', path.join(root, 'adapters', 'app', 'tsconfig.json')], { encoding: 'utf8' });
    expect(r.stdout + r.stderr).toBe('');
    expect(r.status).toBe(0);
  });

  it('[REQ-APP-002] [REQ-APP-009] [REQ-APP-007] [REQ-APP-008] a full prescription reads back the engine\'s program, doses, limits and charts', async () => {
    const page = await open();
    await morphine(page, '3');
    await expect(page.locator('.field[data-path="therapy.dose"] .echo').textContent()).resolves.toBe('= 3 mg/day = 0.125 mg/h');
    await page.locator('#pb-on').check();
    await field(page, 'Patient bolus dose').fill('0.1');
    await field(page, 'Patient bolus duration').fill('10');
    await field(page, 'Lockout').fill('4');
    await field(page, 'Most patient boluses per day (a whole number)').fill('4');
    await field(page, 'Drug 1 prescriber ceiling per day (optional)').fill('5');
    await shot(page, 'app-entry.png', '#prescription');
    await page.locator('#compile').click();
    const rb = page.locator('#readback');
    await expect(rb.textContent()).resolves.toContain('0.3 mL/day');
    const text = await rb.textContent() ?? '';
    expect(text).toContain('0.0125 mL/h');
    expect(text).toContain('3.4 mg');
    expect(text).toContain('160896 min (≈ 111.733333333 day)');
    expect(text).toContain('prescriber maxDaily');
    expect(text).toContain('Infumorph label');
    expect(await page.locator('#chart-flow').count()).toBe(1);
    expect(await page.locator('#chart-dose-morphine').count()).toBe(1);
    expect(await page.locator('#chart-reservoir').textContent()).toContain('REFILL BY: 90 day');
    await shot(page, 'app-readback.png', '#readback');
    expect(await seriousViolations(page)).toEqual([]);
    expect((page as Page & { outside?: string[] }).outside).toEqual([]);
    await page.close();
  });

  it('[REQ-APP-009] a hard-limit refusal is explained in words and shown at its field', async () => {
    const page = await open();
    await typedPump(page);
    await field(page, 'Fill volume').fill('40');
    await field(page, 'Drug 1').selectOption('ziconotide');
    await field(page, 'Drug 1 concentration').selectOption('100 mcg/mL');
    await field(page, 'Daily dose').fill('30');
    await page.locator('.field[data-path="therapy.dose"] select').selectOption('mcg/day');
    await page.locator('#compile').click();
    const refusal = await page.locator('#refusal').textContent() ?? '';
    expect(refusal).toContain('HARD_LIMIT_EXCEEDED');
    expect(refusal).toContain('A hard limit has no override');
    expect(await page.locator('.field[data-path="reservoir.drugs.0.drug"] .field-error').textContent()).toContain('19.2 mcg/day');
    expect(await page.locator('#readback').count()).toBe(0);
    await page.close();
  });

  it('[REQ-APP-002] [REQ-APP-009] a soft limit is refused, then compiles with an override and its reason', async () => {
    const page = await open();
    await morphine(page, '18');
    await page.locator('#compile').click();
    expect(await page.locator('#refusal').textContent()).toContain('SOFT_LIMIT_EXCEEDED');
    await page.getByRole('button', { name: 'Add override' }).click();
    await field(page, 'Override 1: drug').selectOption('morphine');
    await field(page, 'Override 1: soft limit').selectOption('maxDaily');
    await field(page, 'Override 1: allowed up to').fill('18');
    await page.locator('#compile').click();
    expect(await page.locator('.field[data-path="overrides.0.reason"] .field-error').textContent()).toContain('reason');
    await field(page, 'Override 1: clinical reason').fill('tolerance documented, pain clinic review');
    await page.locator('#compile').click();
    const text = await page.locator('#readback').textContent() ?? '';
    expect(text).toContain('Soft limit overridden: morphine maxDaily 15 mg/day');
    expect(text).toContain('SOFT_LIMIT_OVERRIDDEN');
    await page.close();
  });

  it('[REQ-APP-003] [REQ-APP-004] [REQ-APP-006] unit confusion and error-prone numbers are refused at their fields', async () => {
    const page = await open();
    await morphine(page, '3.0');
    const doseErr = page.locator('.field[data-path="therapy.dose"] .field-error');
    expect(await doseErr.textContent()).toContain('not 3.0');
    await field(page, 'Daily dose').fill('.5');
    expect(await doseErr.textContent()).toContain('write 0.5');
    await field(page, 'Daily dose').fill('5 µg');
    expect(await doseErr.textContent()).toContain('mcg');
    await field(page, 'Daily dose').fill('3');
    expect(await doseErr.textContent()).toBe('');
    await field(page, 'Drug 1 concentration').selectOption('typed');
    await field(page, 'Drug 1 typed concentration').fill('10');
    await page.locator('.field[data-path="reservoir.drugs.0.concentration"] select.unit, .field[data-path="reservoir.drugs.0.concentration"] .with-unit select').last().selectOption('mcg/mL');
    expect(await page.locator('.field[data-path="reservoir.drugs.0.concentration"] .field-error').last().textContent()).toContain('1000 times below');
    await page.locator('#compile').click();
    expect(await page.locator('#problems').textContent()).toContain('ENTRY_UNIT_CONFUSION');
    expect(await page.locator('#readback').count()).toBe(0);
    await page.close();
  });

  it('[REQ-APP-011] [REQ-APP-012] the pending program beside the one on the pump, changes marked; a printable sheet', async () => {
    const page = await open();
    await morphine(page, '3');
    await page.locator('#compile').click();
    await page.locator('#keep-current').click();
    await field(page, 'Daily dose').fill('4');
    await page.locator('#compile').click();
    const changed = await page.locator('table.compare tr.changed td:first-child').allTextContents();
    expect(changed).toContain('basal step 1');
    expect(changed).toContain('morphine per day');
    expect(changed).not.toContain('morphine concentration');
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('#sheet').isVisible()).toBe(true);
    expect(await page.locator('#prescription').isVisible()).toBe(false);
    await page.emulateMedia({ media: 'screen' });
    await page.close();
  });

  it('[REQ-APP-010] a refill: residual check with the pocket-fill warning, then the bridge with the unbridged overdose', async () => {
    const page = await open();
    await morphine(page, '3');
    await field(page, 'Drug 1 prescriber ceiling per day (optional)').fill('5');
    await field(page, 'Expected residual volume').fill('10');
    await field(page, 'Measured (withdrawn) residual volume').fill('7.5');
    await page.locator('#check-residual').click();
    expect(await page.locator('#residual-out').textContent()).toContain('pocket fill');
    await field(page, 'Old fluid: drug').selectOption('morphine');
    await field(page, 'Old fluid: concentration').fill('20');
    await field(page, 'Old program flow').fill('0.15');
    await field(page, 'Catheter volume (tip to pump)').fill('0.05');
    await page.locator('#plan-bridge').click();
    const text = await page.locator('#bridge').textContent() ?? '';
    expect(text).toContain('0.15 mL/day of the OLD fluid until 40 h');
    expect(text).toContain('OVERDOSE');
    expect(text).toContain('5.5 mg');
    expect(await page.locator('#chart-tip-morphine').count()).toBe(1);
    await shot(page, 'app-bridge.png', '#refill');
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });

  it('[REQ-APP-013] every control is labelled and reachable from the keyboard; Enter calculates', async () => {
    const page = await open();
    await typedPump(page);
    const unlabelled = await page.evaluate<string[]>(`[...document.querySelectorAll('input, select, textarea')]
      .filter((e) => e.offsetParent !== null)
      .filter((e) => (e.labels ? e.labels.length : 0) === 0 && !e.hasAttribute('aria-label')).map((e) => e.outerHTML)`);
    expect(unlabelled).toEqual([]);
    const CONTROLS = `[...document.querySelectorAll('input, select, button')].filter((e) => e.offsetParent !== null && !e.disabled)`;
    const visible = await page.evaluate<number>(`${CONTROLS}.length`);
    const reached = new Set<string>();
    for (let i = 0; i < visible + 10; i += 1) {
      await page.keyboard.press('Tab');
      reached.add(await page.evaluate<string>(`document.activeElement ? document.activeElement.tagName + '#' + document.activeElement.id : ''`));
    }
    const controls = await page.evaluate<string[]>(`${CONTROLS}.map((e) => e.tagName + '#' + e.id)`);
    expect(controls.filter((c) => !reached.has(c))).toEqual([]);
    // The whole flow from the keyboard: a new page, Tab and typing only, Enter to calculate.
    const kb = await open();
    await tabTo(kb, 'Pump', 'Typed');
    for (const [label, v] of [['Reservoir volume', '40'], ['Low-reservoir alarm volume', '2'], ['Rate resolution', '0.001'], ['Minimum rate', '0.006'], ['Maximum rate', '24'], ['Maximum bolus rate', '1'], ['Pump internal volume', '0.2'], ['Fill volume', '40'], ['Drug 1', 'morphine'], ['Drug 1 concentration', '10'], ['Daily dose', '3']] as const) {
      await tabTo(kb, label, v);
    }
    await kb.keyboard.press('Enter');
    expect(await kb.locator('#readback').textContent()).toContain('0.3 mL/day');
    await kb.close();
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });
});
