import { describe, expect, it } from 'vitest';
import { gzipSize, measurePage } from '../support/page-weight';

const files: Record<string, string> = {
  '/_astro/island.js': 'import{a}from"./chunk.js";export default a;',
  '/_astro/chunk.js': 'export const a=1;',
  '/_astro/renderer.js': 'import"./chunk.js";',
  '/style.css': 'body{color:red}',
};
const read = (path: string) => {
  const text = files[path];
  if (text === undefined) throw new Error(`no ${path}`);
  return text;
};

describe('measurePage', () => {
  it('counts nothing but the document for a page with inline CSS and no script', () => {
    const html = '<html><head><style>p{}</style></head><body><p>Hi</p></body></html>';
    const w = measurePage(html, read);
    expect(w).toMatchObject({
      jsFiles: [],
      jsGzip: 0,
      cssGzip: 0,
      inlineScriptGzip: 0,
      firstRenderGzip: gzipSize(html),
    });
  });

  it('follows an island to its component, renderer and their imports, once each', () => {
    const html =
      '<astro-island component-url="/_astro/island.js" renderer-url="/_astro/renderer.js"></astro-island>';
    const w = measurePage(html, read);
    expect(w.jsFiles).toEqual(['/_astro/island.js', '/_astro/renderer.js', '/_astro/chunk.js']);
    expect(w.jsGzip).toBe(
      gzipSize(files['/_astro/island.js']!) +
        gzipSize(files['/_astro/renderer.js']!) +
        gzipSize(files['/_astro/chunk.js']!),
    );
  });

  it('adds linked stylesheets to the first render and sizes inline scripts', () => {
    const html = '<link rel="stylesheet" href="/style.css"><script>let x=1</script>';
    const w = measurePage(html, read);
    expect(w.firstRenderGzip).toBe(gzipSize(html) + gzipSize('body{color:red}'));
    expect(w.inlineScriptGzip).toBe(gzipSize('let x=1'));
  });

  it('leaves a print stylesheet out of the first render, which does not wait for it', () => {
    const html = '<link rel="stylesheet" href="/print.css" media="print"><p>Hi</p>';
    const w = measurePage(html, read);
    expect(w.firstRenderGzip).toBe(gzipSize(html));
    expect(w.stylesheets).toEqual(['/print.css']);
  });

  it('reports scripts from other origins without trying to read them', () => {
    const w = measurePage('<script src="https://cdn.example/x.js"></script>', read);
    expect(w.jsFiles).toEqual(['https://cdn.example/x.js']);
  });
});
