import { type APIRequestContext, expect, test } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from '../support/browser';
import { sitemapPaths } from './support';

interface ManifestIcon {
  src: string;
  sizes: string;
  type: string;
  purpose?: string;
}

/** Width and height of a PNG, read from its IHDR chunk (bytes 16 to 24). */
async function pngSize(request: APIRequestContext, path: string): Promise<string> {
  const response = await request.get(path);
  expect(response.status(), path).toBe(200);
  const bytes = await response.body();
  expect(bytes.subarray(0, 8).toString('latin1'), path).toBe('\x89PNG\r\n\x1a\n');
  expect(bytes.subarray(12, 16).toString('latin1'), path).toBe('IHDR');
  return `${bytes.readUInt32BE(16)}x${bytes.readUInt32BE(20)}`;
}

test('every page links the manifest, the Apple touch icon and an Open Graph image with its size and text', async ({
  request,
}) => {
  const paths = [...(await sitemapPaths(request)), '/404.html'];
  expect(paths.length).toBeGreaterThanOrEqual(10);
  const missing: string[] = [];
  for (const path of paths) {
    const html = await (await request.get(path)).text();
    for (const tag of [
      '<link rel="manifest" href="/manifest.webmanifest">',
      '<link rel="apple-touch-icon" href="/apple-touch-icon.png">',
      '<meta property="og:image:width" content="1200">',
      '<meta property="og:image:height" content="630">',
    ])
      if (!html.includes(tag)) missing.push(`${path}: ${tag}`);
    if (!/<meta property="og:image" content="https?:\/\/[^"]+\/og-image\.png">/.test(html))
      missing.push(`${path}: og:image`);
    if (!/<meta property="og:image:alt" content="[^"]{10,}">/.test(html))
      missing.push(`${path}: og:image:alt`);
  }
  expect(missing).toEqual([]);
});

test('the manifest describes an installable app whose icons exist at the sizes it declares', async ({
  request,
}) => {
  const response = await request.get('/manifest.webmanifest');
  expect(response.status()).toBe(200);
  const manifest = (await response.json()) as {
    name: string;
    short_name: string;
    start_url: string;
    scope: string;
    display: string;
    theme_color: string;
    background_color: string;
    icons: ManifestIcon[];
    shortcuts: { url: string }[];
  };
  expect(manifest).toMatchObject({
    name: 'Follow-Up Kit',
    start_url: '/checklist/',
    scope: '/',
    display: 'standalone',
    theme_color: '#fbfaf7',
    background_color: '#fbfaf7',
  });
  expect(manifest.short_name.length).toBeLessThanOrEqual(12);
  for (const icon of manifest.icons) {
    expect(icon.type).toBe('image/png');
    expect(await pngSize(request, icon.src), icon.src).toBe(icon.sizes);
  }
  const sizes = (purpose: string) =>
    manifest.icons.filter((i) => (i.purpose ?? 'any').split(' ').includes(purpose)).map((i) => i.sizes);
  expect(sizes('any')).toEqual(expect.arrayContaining(['192x192', '512x512']));
  expect(sizes('maskable')).toContain('512x512');
  expect(manifest.shortcuts.map((s) => s.url)).toEqual(['/checklist/', '/notes/', '/people/']);
  for (const shortcut of manifest.shortcuts) expect((await request.get(shortcut.url)).status()).toBe(200);
  expect(await pngSize(request, '/apple-touch-icon.png')).toBe('180x180');
  expect(await pngSize(request, '/og-image.png')).toBe('1200x630');
});

// Installing the worker precaches the whole site, slow on a busy 2-core machine.
test('Chromium reports no installability error', async ({ playwright, baseURL }, testInfo) => {
  test.setTimeout(90_000);
  // A persistent profile: Playwright's usual contexts are incognito, which Chromium never installs from.
  const context = await playwright.chromium.launchPersistentContext(testInfo.outputPath('profile'), {
    ...(chromiumPath() ? { executablePath: chromiumPath()! } : {}),
    args: CHROMIUM_ARGS,
    baseURL: baseURL!,
    serviceWorkers: 'allow',
  });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto('/checklist/');
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    const cdp = await context.newCDPSession(page);
    const manifest = (await cdp.send('Page.getAppManifest')) as { url: string; errors: unknown[] };
    expect(manifest.url).toMatch(/\/manifest\.webmanifest$/);
    expect(manifest.errors).toEqual([]);
    const { installabilityErrors } = (await cdp.send('Page.getInstallabilityErrors')) as {
      installabilityErrors: { errorId: string }[];
    };
    expect(installabilityErrors.map((e) => e.errorId)).toEqual([]);
  } finally {
    await context.close();
  }
});
