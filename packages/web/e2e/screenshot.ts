// Saves a screenshot of the demo project's page for the README:
//   npx tsx packages/web/e2e/screenshot.ts <baseUrl> <password> docs/screenshot.png [light|dark]
// Signs in as the demo owner on a running Tandem server, opens "Aurora 2.0 launch" and captures the
// page at 1440×900 (device scale 2 for a crisp image).
import { mkdir } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { DEMO_EMAIL, launchBrowser, signIn } from './browser';

const USAGE = 'usage: npx tsx packages/web/e2e/screenshot.ts <baseUrl> <password> <out.png> [light|dark]';
const DEMO_PROJECT = 'Aurora 2.0 launch';

async function main(): Promise<void> {
  const [baseUrlArg, password, outArg, schemeArg = 'light'] = process.argv.slice(2);
  if (!baseUrlArg || !password || !outArg) throw new Error(USAGE);
  if (schemeArg !== 'light' && schemeArg !== 'dark')
    throw new Error(`colour scheme must be light or dark\n${USAGE}`);
  const baseUrl = baseUrlArg.replace(/\/+$/, '');
  const out = resolve(outArg);

  const browser = await launchBrowser();
  try {
    const context = await browser.newContext({
      viewport: { width: 1440, height: 900 },
      deviceScaleFactor: 2,
      colorScheme: schemeArg,
    });
    const page = await context.newPage();
    await page.addInitScript(
      (scheme) => window.localStorage.setItem('tandem-color-scheme', scheme),
      schemeArg,
    );
    await signIn(page, baseUrl, DEMO_EMAIL, password);
    await page.getByRole('link', { name: DEMO_PROJECT }).first().click();
    const table = page.getByRole('table', { name: `Tasks of ${DEMO_PROJECT}` });
    await table.getByRole('row').nth(1).waitFor();
    // No hover highlight on the rows; let fonts settle and transitions end before capturing.
    await page.mouse.move(120, 700);
    await page.evaluate(() => document.fonts.ready);
    await page.waitForTimeout(300);
    await mkdir(dirname(out), { recursive: true });
    await page.screenshot({ path: out });
    console.log(`saved ${out}`);
  } finally {
    await browser.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
