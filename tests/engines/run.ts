/**
 * `npm run test:engines`: the core journeys (journeys.ts) in Chromium, Firefox and WebKit, on the built site.
 * Builds nothing: refuses a missing or stale dist/ as `test:e2e` does (E2E_ALLOW_STALE=1 to test it anyway).
 *
 * ENGINES=firefox,webkit runs only those; ENGINES_PORT pins the preview server's port; JOURNEYS=search,note
 * runs only the journeys whose names start with those words. An engine whose browser is missing is skipped
 * with how to install it, locally; with CI=true it fails.
 */
import { startPreview } from '../bench/serve.ts';
import { staleBuildReason } from '../support/fresh-build.ts';
import { portFromEnv } from '../support/ports.ts';
import { chromiumMissing, launchChromium } from './chromium.ts';
import { type EngineAdapter, Page, Skip, StepError } from './driver.ts';
import { firefoxMissing, launchFirefox } from './firefox.ts';
import { JOURNEYS } from './journeys.ts';
import { launchWebKit, webkitMissing } from './webkit.ts';

interface Engine {
  name: string;
  missing: () => string | undefined;
  launch: () => Promise<EngineAdapter>;
}

const ENGINES: Engine[] = [
  { name: 'chromium', missing: chromiumMissing, launch: launchChromium },
  { name: 'firefox', missing: firefoxMissing, launch: launchFirefox },
  { name: 'webkit', missing: webkitMissing, launch: launchWebKit },
];

const CI = process.env['CI'] === 'true' || process.env['CI'] === '1';
const counts = { passed: 0, failed: 0, skipped: 0 };
const failures: string[] = [];

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

function withTimeout<T>(work: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  return Promise.race([
    work,
    new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`${what}: timed out after ${seconds(ms)}`)), ms);
    }),
  ]).finally(() => clearTimeout(timer));
}

/** An error as one line: a step's own message, or a driver's error with its kind and where it came from. */
function explain(e: unknown): string {
  if (!(e instanceof Error)) return String(e);
  if (e instanceof StepError) return e.message;
  const at = e.stack
    ?.split('\n')
    .find((l) => l.includes('tests/engines/'))
    ?.trim();
  return `${e.name}: ${e.message || '(no message)'}${at ? ` ${at}` : ''}`;
}

const wanted = (list: string | undefined) =>
  list
    ?.split(',')
    .map((s) => s.trim())
    .filter(Boolean);

async function runEngine(engine: Engine, base: string, journeys: typeof JOURNEYS): Promise<void> {
  const missing = engine.missing();
  if (missing) {
    const verdict = CI ? 'failed' : 'skipped';
    console.log(`${engine.name}: ${missing}`);
    console.log(
      `${engine.name}: ${journeys.length} journeys ${verdict}${CI ? ' (CI=true: a missing engine is a failure)' : ''}`,
    );
    counts[verdict] += journeys.length;
    if (CI) failures.push(`${engine.name}: ${missing}`);
    return;
  }
  const started = Date.now();
  let adapter: EngineAdapter;
  try {
    adapter = await withTimeout(engine.launch(), 60_000, `starting ${engine.name}`);
  } catch (e) {
    console.log(`${engine.name}: could not start: ${String(e)}`);
    counts.failed += journeys.length;
    failures.push(`${engine.name}: could not start: ${String(e)}`);
    return;
  }
  console.log(`${engine.name}: ${adapter.version}, started in ${seconds(Date.now() - started)}`);
  const page = new Page(adapter, base);
  for (const journey of journeys) {
    const t0 = Date.now();
    try {
      await withTimeout(journey.run(page), journey.timeout, journey.name);
      counts.passed++;
      console.log(`  ✓ ${engine.name} › ${journey.name} (${seconds(Date.now() - t0)})`);
    } catch (e) {
      if (e instanceof Skip) {
        counts.skipped++;
        console.log(`  - ${engine.name} › ${journey.name}: skipped: ${e.message}`);
        continue;
      }
      counts.failed++;
      const url = await withTimeout(page.url(), 5000, 'url').catch(() => '?');
      const message = `${engine.name} › ${journey.name}: ${explain(e)} (at ${url})`;
      failures.push(message);
      console.log(`  ✗ ${message} (${seconds(Date.now() - t0)})`);
    }
  }
  await withTimeout(adapter.close(), 20_000, `closing ${engine.name}`).catch((e) =>
    console.log(`${engine.name}: closing: ${String(e)}`),
  );
  console.log(`${engine.name}: ${seconds(Date.now() - started)} in all`);
}

async function main(): Promise<number> {
  const stale = process.env['E2E_ALLOW_STALE'] ? undefined : staleBuildReason();
  if (stale) {
    console.error(stale);
    return 1;
  }
  const names = wanted(process.env['ENGINES']);
  const engines = names ? ENGINES.filter((e) => names.includes(e.name)) : ENGINES;
  const only = wanted(process.env['JOURNEYS']);
  const journeys = only ? JOURNEYS.filter((j) => only.some((w) => j.name.startsWith(w))) : JOURNEYS;
  if (!engines.length || !journeys.length) {
    console.error(
      `Nothing to run: ENGINES=${process.env['ENGINES'] ?? ''} JOURNEYS=${process.env['JOURNEYS'] ?? ''}`,
    );
    return 1;
  }
  const started = Date.now();
  const server = await startPreview(portFromEnv('ENGINES_PORT'));
  try {
    for (const engine of engines) await runEngine(engine, server.url, journeys);
  } finally {
    server.stop();
  }
  if (failures.length) console.log(`\nFailed:\n${failures.map((f) => `- ${f}`).join('\n')}`);
  console.log(`\nTook ${seconds(Date.now() - started)}.`);
  console.log(
    `engines: ${counts.passed} passed, ${counts.failed} failed${counts.skipped ? `, ${counts.skipped} skipped` : ''}`,
  );
  return counts.failed ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    console.error(e);
    console.log('engines: 0 passed, 1 failed');
    process.exit(1);
  },
);
