/**
 * Lighthouse (desktop preset, performance only) on the client list page, signed in as the demo
 * manager, against the built server and the system's Chromium:
 *   npm run lighthouse -w @crm/bench [-- --runs 3] [--cpu-slowdown 2.5]
 * The preset runs at the machine's own speed; `--cpu-slowdown` makes Lighthouse's simulation
 * count every main-thread task that many times longer, to compare builds as a slower CPU would.
 * Prints each run's score and metrics and the median; writes results/lighthouse.json.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { chromium, type BrowserContext } from 'playwright-core';
import { startServer } from './server.js';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '3' },
    port: { type: 'string', default: '3950' },
    'cpu-slowdown': { type: 'string', default: '1' },
    chromium: { type: 'string', default: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' },
  },
});
const origin = `http://127.0.0.1:${values.port}`;
const cpuSlowdown = Number(values['cpu-slowdown']);
const config = {
  ...desktopConfig,
  settings: {
    ...desktopConfig.settings,
    throttling: { ...desktopConfig.settings?.throttling, cpuSlowdownMultiplier: cpuSlowdown },
  },
};
const debuggingPort = Number(values.port) + 1;

/** Signs in through the login page; the refresh token lands in the profile's storage. */
async function signIn(browser: BrowserContext): Promise<void> {
  const page = await browser.newPage();
  await page.goto(`${origin}/login`);
  // Whatever the last run left (a live or an ended login) goes first.
  await page.evaluate('localStorage.clear()');
  await page.goto(`${origin}/login`);
  await page.getByLabel(/user name or e-mail/i).fill('manager');
  await page.getByLabel(/^password/i).fill('demo12345');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByTestId('user-menu').waitFor();
  // A reload proves the stored login brings the session back (as it will for Lighthouse).
  await page.goto(`${origin}/clients`);
  await page.getByTestId('user-menu').waitFor();
  await page.close();
}

async function main() {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'crm-lighthouse-'));
  const server = await startServer(values.port, { CRM_DATA_DIR: dataDir, CRM_DEMO: 'true' });

  // A persistent profile: its default context is the one Lighthouse audits through the
  // debugging port, so the login made below is visible to it.
  const browser = await chromium.launchPersistentContext(
    mkdtempSync(path.join(os.tmpdir(), 'crm-lh-profile-')),
    {
      executablePath: values.chromium,
      args: [
        `--remote-debugging-port=${debuggingPort}`,
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  );
  try {
    const runs: { score: number; metrics: Record<string, number> }[] = [];
    let failed = 0;
    for (let i = 0; i < Number(values.runs); i++) {
      // A fresh login per run: Lighthouse reloads the page several times, and a refresh token
      // presented again after its one retry would end that login.
      await signIn(browser);
      const result = await lighthouse(
        `${origin}/clients`,
        {
          port: debuggingPort,
          output: 'json',
          logLevel: 'error',
          onlyCategories: ['performance'],
          disableStorageReset: true,
        },
        config,
      );
      if (!result) throw new Error('Lighthouse returned no result');
      const { lhr } = result;
      // A run Lighthouse could not finish (say, no paint seen) scores 0: said, and left out.
      if (lhr.runtimeError) {
        console.log(`run ${i + 1}: failed, ${lhr.runtimeError.code}: ${lhr.runtimeError.message}`);
        failed++;
        continue;
      }
      const metric = (id: string) => Math.round(lhr.audits[id]?.numericValue ?? NaN);
      const run = {
        score: Math.round((lhr.categories.performance?.score ?? 0) * 100),
        metrics: {
          firstContentfulPaintMs: metric('first-contentful-paint'),
          largestContentfulPaintMs: metric('largest-contentful-paint'),
          totalBlockingTimeMs: metric('total-blocking-time'),
          cumulativeLayoutShift: +(
            lhr.audits['cumulative-layout-shift']?.numericValue ?? 0
          ).toFixed(3),
          speedIndexMs: metric('speed-index'),
        },
      };
      if (lhr.finalDisplayedUrl && !lhr.finalDisplayedUrl.endsWith('/clients')) {
        throw new Error(`audited ${lhr.finalDisplayedUrl}, not the client list: not signed in?`);
      }
      runs.push(run);
      console.log(`run ${i + 1}: score ${run.score}`, run.metrics);
    }
    const scores = runs.map((r) => r.score).sort((a, b) => a - b);
    const median = scores[Math.floor(scores.length / 2)];
    console.log(
      `median performance score: ${median}${failed ? ` (${failed} failed runs left out)` : ''}`,
    );
    const dir = path.resolve(import.meta.dirname, '../results');
    mkdirSync(dir, { recursive: true });
    writeFileSync(
      path.join(dir, 'lighthouse.json'),
      JSON.stringify(
        { date: new Date().toISOString(), page: '/clients', cpuSlowdown, median, failed, runs },
        null,
        2,
      ) + '\n',
    );
  } finally {
    await browser.close();
    server.kill('SIGTERM');
  }
}

await main();
