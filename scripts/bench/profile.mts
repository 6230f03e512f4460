/**
 * `tsx scripts/bench/profile.mts <dir> [--top 25]`: the functions and files with the most self
 * time in the `.cpuprofile` files of <dir>, as written by
 * `NODE_OPTIONS="--cpu-prof --cpu-prof-dir=<dir>" astro build`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { selfTimes, selfTimesByFile, type CpuProfile } from '../../src/lib/bench/cpu-profile';
import { formatTable } from '../../src/lib/bench/table';

const [directory, ...rest] = process.argv.slice(2);
if (!directory) {
  console.error('Missing directory, expected `tsx scripts/bench/profile.mts <dir with .cpuprofile files> [--top 25]`');
  process.exit(2);
}
const topIndex = rest.indexOf('--top');
const top = topIndex === -1 ? 25 : Number(rest[topIndex + 1]);
const files = readdirSync(directory).filter((name) => name.endsWith('.cpuprofile'));
const profiles = files.map((name) => JSON.parse(readFileSync(join(directory, name), 'utf8')) as CpuProfile);
const wallMs = profiles.reduce((sum, profile) => sum + (profile.endTime - profile.startTime) / 1000, 0);
const functions = selfTimes(profiles);
const shorten = (url: string) => url.replace(/^file:\/\//, '').replace(/^.*\/node_modules\//, 'node_modules/').replace(/^\/tmp\/[^/]+\/chronique\//, '');
const percent = (share: number) => `${(share * 100).toFixed(1)} %`;

console.log(`${files.length} profiles, ${(wallMs / 1000).toFixed(1)} s profiled\n`);
console.log(
  formatTable(
    ['self time', 'share', 'function', 'where'],
    functions.slice(0, top).map((fn) => [`${(fn.selfMs / 1000).toFixed(2)} s`, percent(fn.share), fn.functionName, fn.url ? `${shorten(fn.url)}:${fn.line}` : '(native)']),
    ['right', 'right', 'left', 'left'],
  ),
);
console.log('\nBy file or package\n');
console.log(
  formatTable(
    ['self time', 'share', 'file'],
    selfTimesByFile(functions)
      .slice(0, 15)
      .map((entry) => [`${(entry.selfMs / 1000).toFixed(2)} s`, percent(entry.share), shorten(entry.file)]),
    ['right', 'right', 'left'],
  ),
);
