import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { APIRequestContext, Page } from '@playwright/test';
import type { FollowUpDoc } from '../../src/core/model/model';
import { savedData } from '../support/browser';

/** Paths of every page listed in the sitemap, e.g. `/guide/thank-you-note/`. */
export async function sitemapPaths(request: APIRequestContext): Promise<string[]> {
  const index = await (await request.get('/sitemap-index.xml')).text();
  const paths: string[] = [];
  for (const [, loc] of index.matchAll(/<loc>([^<]+)<\/loc>/g)) {
    const sitemap = await (await request.get(new URL(loc!).pathname)).text();
    for (const [, page] of sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)) paths.push(new URL(page!).pathname);
  }
  return paths;
}

/** The guide's source files, each of which must become a page. */
export const guideSlugs = readdirSync(join(import.meta.dirname, '..', '..', 'content', 'guide'))
  .filter((f) => f.endsWith('.mdx'))
  .map((f) => f.replace(/\.mdx$/, ''));

/** What went wrong while a page was open: console errors, CSP violations, requests to other origins. */
export interface PageProblems {
  consoleErrors: string[];
  cspViolations: string[];
  foreignRequests: string[];
}

/** Starts recording problems on a page; read the returned object after navigating. */
export async function watchProblems(page: Page, origin: string): Promise<PageProblems> {
  const problems: PageProblems = { consoleErrors: [], cspViolations: [], foreignRequests: [] };
  page.on('console', (m) => {
    if (m.type() === 'error') problems.consoleErrors.push(m.text());
  });
  page.on('pageerror', (e) => problems.consoleErrors.push(e.message));
  page.on('request', (r) => {
    const url = new URL(r.url());
    if (!['data:', 'blob:'].includes(url.protocol) && url.origin !== origin)
      problems.foreignRequests.push(r.url());
  });
  await page.exposeFunction('__reportCsp', (v: string) => problems.cspViolations.push(v));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      (window as unknown as { __reportCsp: (v: string) => void }).__reportCsp(
        `${e.violatedDirective} ${e.blockedURI}`,
      );
    });
  });
  return problems;
}

/** The stored document as the page sees it (`fuk:data`), or null. */
export const stored = (page: Page) => savedData(page).then((raw) => JSON.parse(raw ?? 'null') as FollowUpDoc);

/** The WCAG 2.2 AA violations axe finds on the page, one line each (empty when there are none). */
export const axe = async (page: Page) =>
  (
    await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
      .analyze()
  ).violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
