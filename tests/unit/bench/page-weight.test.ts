import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { cssUrls, distPath, extractResources, firstLinkUnder, htmlBase, weigh, weighPage } from '../../../scripts/bench/page-weight';

const page = `<!DOCTYPE html><html lang="fr" data-base="/chronique/"><head>
<link rel="stylesheet" href="/chronique/_astro/base.css"><link rel="icon" href="/chronique/favicon.svg">
<link rel="canonical" href="https://example.org/"><script type="application/ld+json">{"a":1}</script>
<style>p{color:red}</style></head><body>
<img src="../img/map.png" alt=""><script type="module" src="/chronique/_astro/app.js"></script>
<script>console.log(1)</script><a href="/chronique/chapitres/">Chapitres</a><a href="/chronique/chapitres/un/#p1">Un</a>
</body></html>`;

describe('extractResources', () => {
  it('lists stylesheets, scripts, images and inline scripts and styles; JSON data is not a script', () => {
    expect(extractResources(page)).toEqual({
      stylesheets: ['/chronique/_astro/base.css'],
      scripts: ['/chronique/_astro/app.js'],
      images: ['../img/map.png', '/chronique/favicon.svg'],
      inlineScripts: ['console.log(1)'],
      inlineStyles: ['p{color:red}'],
    });
  });

  it('reads srcset candidates and modulepreload links', () => {
    const resources = extractResources('<link rel="modulepreload" href="/m.js"><img srcset="/a.png 1x, /b.png 2x">');
    expect(resources.scripts).toEqual(['/m.js']);
    expect(resources.images).toEqual(['/a.png', '/b.png']);
  });
});

describe('distPath', () => {
  it('maps a URL to its file in dist/, the base path removed', () => {
    expect(distPath('/chronique/_astro/base.css', '/chronique/sources/x/', '/chronique/')).toBe('_astro/base.css');
    expect(distPath('../img/map.png', '/chronique/sources/x/', '/chronique/')).toBe('sources/img/map.png');
    expect(distPath('/recherche/', '/', '/')).toBe('recherche/index.html');
    expect(distPath('/', '/', '/')).toBe('index.html');
  });

  it('ignores other origins and data: URLs', () => {
    expect(distPath('https://cdn.example/x.js', '/', '/')).toBeUndefined();
    expect(distPath('data:image/png;base64,AAAA', '/', '/')).toBeUndefined();
  });
});

describe('cssUrls', () => {
  it('finds url() references, quoted or not, but not data: URLs', () => {
    expect(cssUrls(`@font-face{src:url("/f.woff2")} a{background:url(img/x.png)} b{background:url('data:image/gif;base64,R0')}`)).toEqual(['/f.woff2', 'img/x.png']);
  });
});

describe('weigh', () => {
  it('counts raw bytes (UTF-8) and gzip level 9', () => {
    const text = 'é'.repeat(100);
    expect(weigh(text)).toEqual({ raw: 200, gzip: gzipSync(Buffer.from(text), { level: 9 }).byteLength });
    expect(weigh('')).toEqual({ raw: 0, gzip: 0 });
  });
});

describe('weighPage', () => {
  it('adds the HTML and what it loads, each file once, and reports missing files', () => {
    const files: Record<string, string> = { '_astro/base.css': 'body{background:url(/chronique/bg.png)}', 'bg.png': 'PNG', '_astro/app.js': 'let a=1' };
    const read = (path: string) => (path in files ? new TextEncoder().encode(files[path]) : undefined);
    const weight = weighPage(page, '/chronique/', '/chronique/', read);
    expect(weight.css.raw).toBe(files['_astro/base.css']!.length);
    expect(weight.js.raw).toBe(7);
    expect(weight.inlineJs.raw).toBe('console.log(1)'.length);
    expect(weight.images.raw).toBe(3);
    expect(weight.missing.sort()).toEqual(['favicon.svg', 'img/map.png']);
    expect(weight.total.raw).toBe(weight.html.raw + weight.css.raw + weight.js.raw + weight.images.raw);
  });
});

describe('htmlBase and firstLinkUnder', () => {
  it('reads the base path and the first link to a page under a section', () => {
    expect(htmlBase(page)).toBe('/chronique/');
    expect(htmlBase('<html><body></body></html>')).toBe('/');
    expect(firstLinkUnder(page, '/chronique/chapitres/')).toBe('/chronique/chapitres/un/');
    expect(firstLinkUnder(page, '/chronique/sources/')).toBeUndefined();
  });
});
