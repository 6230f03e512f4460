/** The phases of `astro build`, read from what it prints. */
export interface BuildPhases {
  /** Vite's server build: compiling every page, MDX included, into the prerender bundle. */
  bundleMs?: number;
  /** Rendering the static routes to HTML. */
  prerenderMs?: number;
}

/** "52.93s", "25ms", "1m 9s" → milliseconds. */
export function parseDuration(text: string): number | undefined {
  const match = /^(?:(\d+)m\s*)?(?:(\d+(?:\.\d+)?)s)?$|^(\d+(?:\.\d+)?)ms$/.exec(text.trim());
  if (!match || text.trim() === '') return undefined;
  if (match[3] !== undefined) return Number(match[3]);
  return (Number(match[1] ?? 0) * 60 + Number(match[2] ?? 0)) * 1000;
}

// Colour codes would split the words the patterns look for.
const plain = (text: string) => text.replace(/\u001b\[[0-9;]*m/g, '');

export function buildPhases(output: string): BuildPhases {
  const text = plain(output);
  const phases: BuildPhases = {};
  const bundle = /\[vite\] ✓ built in ([\dms. ]+?)\s*$/m.exec(text);
  const bundleMs = bundle ? parseDuration(bundle[1]!) : undefined;
  if (bundleMs !== undefined) phases.bundleMs = bundleMs;
  const routes = text.indexOf('generating static routes');
  if (routes !== -1) {
    const done = /✓ Completed in ([\dms. ]+?)\.?\s*$/m.exec(text.slice(routes));
    const prerenderMs = done ? parseDuration(done[1]!.replace(/\.$/, '')) : undefined;
    if (prerenderMs !== undefined) phases.prerenderMs = prerenderMs;
  }
  return phases;
}
