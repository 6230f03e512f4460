/**
 * `tsx scripts/bench/profile.mts <dir> [--top 25] [--match <text>]`: the functions and files with
 * the most self time in the `.cpuprofile` files of <dir>, then the project's own functions (or those
 * whose location contains <text>) by total time. Profiles come from
 * `NODE_OPTIONS="--cpu-prof --cpu-prof-dir=<dir>" astro build`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { selfTimes, selfTimesByFile, totalTimes, type CpuProfile, type FunctionTime } from './cpu-profile';
import { formatTable } from './table';

const [directory, ...rest] = process.argv.slice(2);
if (!directory) {
  console.error('Missing directory, expected `tsx scripts/bench/profile.mts <dir with .cpuprofile files> [--top 25] [--match text]`');
  process.exit(2);
}
const option = (name: string) => {
  const index = rest.indexOf(name);
  return index === -1 ? undefined : rest[index + 1];
};
const top = Number(option('--top') ?? 25);
const match = option('--match');
const files = readdirSync(directory).filter((name) => name.endsWith('.cpuprofile'));
const profiles = files.map((name) => JSON.parse(readFileSync(join(directory, name), 'utf8')) as CpuProfile);
const wallMs = profiles.reduce((sum, profile) => sum + (profile.endTime - profile.startTime) / 1000, 0);
/** A location as short as it stays readable: the package, or the path under src/ or dist/. */
const shorten = (url: string) => {
  const path = url.replace(/^file:\/\//, '');
  const inPackage = /\/node_modules\/(.*)$/.exec(path);
  return inPackage ? `node_modules/${inPackage[1]}` : path.replace(/^.*?\/((?:src|dist)\/.*)$/, '$1');
};
const clip = (text: string, length = 50) => (text.length > length ? `${text.slice(0, length - 1)}…` : text);
const percent = (share: number) => `${(share * 100).toFixed(1)} %`;
const table = (functions: readonly FunctionTime[], heading: string) =>
  formatTable(
    [heading, 'share', 'function', 'where'],
    functions.map((fn) => [`${(fn.selfMs / 1000).toFixed(2)} s`, percent(fn.share), clip(fn.functionName), fn.url ? `${shorten(fn.url)}:${fn.line}` : '(native)']),
    ['right', 'right', 'left', 'left'],
  );

const functions = selfTimes(profiles);
console.log(`${files.length} profiles, ${(wallMs / 1000).toFixed(1)} s profiled\n`);
console.log(table(functions.slice(0, top), 'self time'));
console.log('\nSelf time by file or package\n');
console.log(
  formatTable(
    ['self time', 'share', 'file'],
    selfTimesByFile(functions)
      .slice(0, 15)
      .map((entry) => [`${(entry.selfMs / 1000).toFixed(2)} s`, percent(entry.share), shorten(entry.file)]),
    ['right', 'right', 'left'],
  ),
);
const own = totalTimes(profiles).filter((fn) => (match ? fn.location.includes(match) : !fn.url.includes('/node_modules/') && /\/(src|dist)\//.test(fn.url)));
console.log(`\nTotal time (self and callees) of ${match ? `functions matching ${JSON.stringify(match)}` : 'the project’s own code'}\n`);
console.log(table(own.slice(0, top), 'total time'));
