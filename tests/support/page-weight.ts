import { gzipSync } from 'node:zlib';

/** What a page needs for its first render, in gzip bytes, and the scripts it loads. */
export interface PageWeight {
  /** gzip size of the HTML document. */
  htmlGzip: number;
  /** gzip size of the render-blocking stylesheets linked from the page (0 when all CSS is inline). */
  cssGzip: number;
  /** HTML plus render-blocking CSS: what must arrive before the first paint (a `media="print"` sheet need not). */
  firstRenderGzip: number;
  /** gzip size of all inline `<script>` bodies together. */
  inlineScriptGzip: number;
  /** Every script file the page loads without the reader doing anything: script tags, islands, and what they import. */
  jsFiles: string[];
  /** gzip size of those files together. */
  jsGzip: number;
  /** `href` of every stylesheet link. */
  stylesheets: string[];
}

export const gzipSize = (text: string): number => gzipSync(Buffer.from(text, 'utf8'), { level: 9 }).length;

const attr = (html: string, re: RegExp) => [...html.matchAll(re)].map((m) => m[1]!.replaceAll('&amp;', '&'));

/** Script files a module imports statically, resolved against its own URL. */
function staticImports(url: string, code: string): string[] {
  return attr(code, /(?:\bimport|\bfrom)\s*["']([^"']+\.m?js)["']/g).map(
    (spec) => new URL(spec, `http://site${url}`).pathname,
  );
}

/** Measures a page from its HTML; `readAsset` returns the text of a same-site file by its URL path. */
export function measurePage(html: string, readAsset: (path: string) => string): PageWeight {
  const entries = [
    ...attr(html, /<script\b[^>]*\bsrc="([^"]+)"/g),
    ...attr(html, /<link\b[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g),
    ...attr(html, /<astro-island\b[^>]*\bcomponent-url="([^"]+)"/g),
    ...attr(html, /<astro-island\b[^>]*\brenderer-url="([^"]+)"/g),
  ];
  const jsFiles: string[] = [];
  const queue = [...entries];
  while (queue.length) {
    const url = queue.shift()!;
    if (jsFiles.includes(url)) continue;
    jsFiles.push(url);
    if (!/^(https?:)?\/\//.test(url)) queue.push(...staticImports(url, readAsset(url)));
  }
  const inline = attr(html, /<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g);
  const stylesheets = attr(html, /<link\b[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g);
  const htmlGzip = gzipSize(html);
  const blocking = attr(html, /<link\b(?![^>]*\bmedia="print")[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g);
  const cssGzip = blocking.reduce((sum, href) => sum + gzipSize(readAsset(href)), 0);
  const local = jsFiles.filter((u) => !/^(https?:)?\/\//.test(u));
  return {
    htmlGzip,
    cssGzip,
    firstRenderGzip: htmlGzip + cssGzip,
    inlineScriptGzip: inline.length ? gzipSize(inline.join('\n')) : 0,
    jsFiles,
    jsGzip: local.reduce((sum, u) => sum + gzipSize(readAsset(u)), 0),
    stylesheets,
  };
}
