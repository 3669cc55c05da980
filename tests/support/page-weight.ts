import { gzipSync } from 'node:zlib';

/** What a page needs for its first render, in gzip bytes, and what scripts it carries. */
export interface PageWeight {
  /** gzip size of the HTML document. */
  htmlGzip: number;
  /** gzip size of the stylesheets linked from the page (0 when all CSS is inline). */
  cssGzip: number;
  /** HTML plus linked CSS: what must arrive before the first paint. */
  firstRenderGzip: number;
  /** gzip size of all inline `<script>` bodies together. */
  inlineScriptGzip: number;
  /** `src` of every external script. */
  externalScripts: string[];
  /** `href` of every stylesheet link. */
  stylesheets: string[];
}

export const gzipSize = (text: string): number => gzipSync(Buffer.from(text, 'utf8'), { level: 9 }).length;

/** Measures a page from its HTML; `readAsset` returns the text of a same-site stylesheet. */
export function measurePage(html: string, readAsset: (href: string) => string): PageWeight {
  const externalScripts = [...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)].map((m) => m[1]!);
  const inline = [...html.matchAll(/<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]!);
  const stylesheets = [...html.matchAll(/<link\b[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g)].map(
    (m) => m[1]!,
  );
  const htmlGzip = gzipSize(html);
  const cssGzip = stylesheets.reduce((sum, href) => sum + gzipSize(readAsset(href)), 0);
  return {
    htmlGzip,
    cssGzip,
    firstRenderGzip: htmlGzip + cssGzip,
    inlineScriptGzip: inline.length ? gzipSize(inline.join('\n')) : 0,
    externalScripts,
    stylesheets,
  };
}
