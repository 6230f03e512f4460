import { readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = new URL('../../', import.meta.url).pathname;
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string>; dependencies?: Record<string, string>; devDependencies?: Record<string, string> };
const declared = new Set([...Object.keys(manifest.dependencies ?? {}), ...Object.keys(manifest.devDependencies ?? {})]);

/** Declared packages that no file imports, and why they are needed all the same. */
const usedOtherwise: Record<string, string> = {
  node: 'the Node 24 that runs every npm script',
  typescript: 'the compiler astro check runs',
  '@astrojs/check': 'astro check (npm run check)',
  'html-validate': 'npm run check validates the built HTML',
  pagefind: 'npm run build indexes dist/ for search',
  tsx: 'runs the scripts (npm run eval, bench…)',
};

const codeFile = /\.(?:ts|mts|js|mjs|astro)$/;
function files(folder: string): string[] {
  return readdirSync(join(root, folder), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && codeFile.test(entry.name) && !entry.parentPath.includes('node_modules'))
    .map((entry) => join(entry.parentPath, entry.name));
}

/** The package a bare import names ("d3-geo", "@astrojs/mdx"), or undefined for a relative path, a Node built-in or a virtual module. */
function packageOf(specifier: string): string | undefined {
  if (/^(?:\.|\/|node:|astro:|virtual:)/.test(specifier) || builtinModules.includes(specifier.split('/')[0]!)) return undefined;
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

const importPattern = /(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+|\brequire\s*\(\s*)['"]((?:@[\w.-]+\/)?[\w.:-][\w./:@-]*)['"]/g;
const imported = new Map<string, string>();
for (const file of [...files('src'), ...files('scripts'), ...files('tests'), join(root, 'astro.config.mjs'), join(root, 'vitest.config.ts')]) {
  for (const [, specifier] of readFileSync(file, 'utf8').matchAll(importPattern)) {
    const name = packageOf(specifier!);
    if (name && !imported.has(name)) imported.set(name, file.slice(root.length));
  }
}

describe('package.json', () => {
  it('declares every package the code imports (none resolves only as another package’s dependency)', () => {
    // A type-only package ("mdast", "geojson") is declared as its @types package.
    const typesPackage = (name: string) => `@types/${name.startsWith('@') ? name.slice(1).replace('/', '__') : name}`;
    const undeclared = [...imported].filter(([name]) => !declared.has(name) && !declared.has(typesPackage(name))).map(([name, file]) => `${name} (imported in ${file})`);
    expect(undeclared).toEqual([]);
  });

  it('uses every package it declares: imported, a type package of an imported one, or a tool the npm scripts run', () => {
    const typesOf = (name: string) => {
      const target = name.slice('@types/'.length);
      return target.includes('__') ? `@${target.replace('__', '/')}` : target;
    };
    const used = (name: string) =>
      imported.has(name) || name in usedOtherwise || (name.startsWith('@types/') && (imported.has(typesOf(name)) || typesOf(name) === 'node')) || Object.values(manifest.scripts).some((script) => new RegExp(`(?:^|[\\s&|;])${name}(?:\\s|$)`).test(script));
    expect([...declared].filter((name) => !used(name))).toEqual([]);
  });
});
