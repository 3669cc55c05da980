import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_ARGS } from '../support/browser.ts';

/** Median Lighthouse figures for one page (mobile, simulated throttling: Lighthouse's defaults). */
export interface LighthouseFigures {
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
  runs: number;
}

const CHROME_FLAGS = ['--headless=new', ...CHROMIUM_ARGS];

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};

/** Runs Lighthouse `runs` times on each URL with one Chromium and returns the medians. */
export async function lighthouseMedians(
  urls: readonly string[],
  runs: number,
  chromePath: string | undefined,
  onProgress: (url: string) => void,
): Promise<Map<string, LighthouseFigures>> {
  const chrome = await launch({ chromeFlags: CHROME_FLAGS, ...(chromePath ? { chromePath } : {}) });
  const out = new Map<string, LighthouseFigures>();
  try {
    for (const url of urls) {
      onProgress(url);
      const samples: Omit<LighthouseFigures, 'runs'>[] = [];
      for (let i = 0; i < runs; i++) {
        const result = await lighthouse(url, {
          port: chrome.port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
        });
        if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
        const { categories, audits } = result.lhr;
        const score = (id: string) => Math.round((categories[id]?.score ?? 0) * 100);
        samples.push({
          performance: score('performance'),
          accessibility: score('accessibility'),
          bestPractices: score('best-practices'),
          seo: score('seo'),
          lcpMs: Math.round(audits['largest-contentful-paint']?.numericValue ?? NaN),
          tbtMs: Math.round(audits['total-blocking-time']?.numericValue ?? NaN),
          cls: Number((audits['cumulative-layout-shift']?.numericValue ?? NaN).toFixed(3)),
        });
      }
      const pick = (k: keyof Omit<LighthouseFigures, 'runs'>) => median(samples.map((s) => s[k]));
      out.set(url, {
        performance: pick('performance'),
        accessibility: pick('accessibility'),
        bestPractices: pick('bestPractices'),
        seo: pick('seo'),
        lcpMs: pick('lcpMs'),
        tbtMs: pick('tbtMs'),
        cls: pick('cls'),
        runs,
      });
    }
  } finally {
    chrome.kill();
  }
  return out;
}
