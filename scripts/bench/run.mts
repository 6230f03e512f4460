/**
 * `npm run bench [-- --sizes 100,1000] [--rebuilds 100,1000] [--keep] [--timeout <minutes>]`: builds Chronique on
 * synthetic corpora of N articles, a plain Astro + MDX site on the same texts (the baseline) and a
 * plain Hugo site on the same texts (the floor), and reports build time, peak memory, output size
 * and page weight against the performance targets. `--sizes 1000,5000` adds the large corpus, on
 * demand (it takes long); the second build and the build after an edit are measured only at the
 * sizes of `--rebuilds` (by default 100 and 1000).
 * Results are printed and written to /tmp/chronique-bench.json.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { buildPhases, type BuildPhases } from './astro-log';
import { baselineArticleFiles, corpusSource, generateCorpus } from './corpus';
import { formatMiB, formatMs, formatRatio, formatSeconds, formatTable, formatTarget, type Target } from './table';
import { readProjectFiles } from '../../src/lib/content/content-files';
import { loadProject } from '../../src/lib/content/load-project';
import { measure, type Measurement } from './measure.mts';
import { pageBudgetBytes, weighSite, type SiteWeight } from './site-weight.mts';
import { directorySize, prepareBaseline, prepareChroniqueCopy, prepareHugo } from './workspace.mts';

interface Options {
  sizes: number[];
  /** Sizes at which the warm rebuild and the rebuild after an edit are measured too. */
  rebuilds: number[];
  keep: boolean;
  timeoutMs: number;
}

function parseOptions(argv: readonly string[]): Options {
  const options: Options = { sizes: [100, 1000], rebuilds: [100, 1000], keep: false, timeoutMs: 12 * 60_000 };
  const sizes = (arg: string, text: string) => {
    const list = text.split(',').map((size) => Number(size.trim()));
    if (list.some((size) => !Number.isInteger(size) || size < 1)) fail(`Unexpected ${arg} ${JSON.stringify(text)}, expected whole numbers such as 100,1000`);
    return list;
  };
  for (let index = 0; index < argv.length; index++) {
    const arg = argv[index]!;
    const value = () => {
      const next = arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : argv[++index];
      if (next === undefined) fail(`Missing value after ${arg}`);
      return next;
    };
    if (arg === '--keep') options.keep = true;
    else if (arg === '--sizes' || arg.startsWith('--sizes=')) options.sizes = sizes('--sizes', value());
    else if (arg === '--rebuilds' || arg.startsWith('--rebuilds=')) options.rebuilds = sizes('--rebuilds', value());
    else if (arg === '--timeout' || arg.startsWith('--timeout=')) {
      const minutes = Number(value());
      if (!(minutes > 0)) fail('Unexpected --timeout, expected minutes per build, e.g. 12');
      options.timeoutMs = minutes * 60_000;
    } else fail(`Unexpected argument ${JSON.stringify(arg)}, expected --sizes 100,1000, --rebuilds 100,1000, --keep or --timeout <minutes>`);
  }
  return options;
}

function fail(message: string): never {
  console.error(message);
  process.exit(2);
}

const log = (message: string) => process.stderr.write(`[bench] ${message}\n`);

interface BuildResult {
  wallMs: number;
  peakTreeRssKiB: number;
  maxProcessRssKiB: number | null;
  pages: number | null;
  distBytes: number | null;
  phases: BuildPhases;
  /** CPU seconds of the build's own processes. */
  cpuSeconds: number | null;
  /** Share of the machine's CPU that other processes used during the build (0–1): a sign the timing is disturbed. */
  otherCpuShare: number | null;
  ok: boolean;
}

interface SizeResult {
  articles: number;
  events: number;
  chronique: BuildResult;
  /** Null when rebuilds were not measured at this size (--rebuilds). */
  chroniqueWarm: BuildResult | null;
  /** A build after one article's summary was edited: only that article is annotated again. */
  chroniqueEdit: BuildResult | null;
  baseline: BuildResult;
  /** The same article pages built by Hugo from a plain template: the floor. Null when hugo is not installed. */
  hugo: BuildResult | null;
  /** HTML + CSS per page, gzipped, of the cold build's dist/. */
  weight: SiteWeight | null;
}

/** Edits the summary of the first article of a site copy, as an editor would. */
function editOneArticle(site: string): string {
  const folder = join(site, 'content/articles');
  const name = readdirSync(folder).filter((file) => file.endsWith('.mdx')).sort()[0]!;
  const path = join(folder, name);
  const text = readFileSync(path, 'utf8');
  const end = text.indexOf('\n---\n', 4);
  const data = parse(text.slice(4, end)) as Record<string, unknown>;
  data['summary'] = `${String(data['summary'])} (révisé)`;
  writeFileSync(path, `---\n${stringify(data, { lineWidth: 0 })}${text.slice(end + 1)}`);
  return name;
}

const root = process.cwd();
const options = parseOptions(process.argv.slice(2));
const buildEnv = (): NodeJS.ProcessEnv => {
  const env: NodeJS.ProcessEnv = { ...process.env, CHRONIQUE_QUIET: '1', ASTRO_TELEMETRY_DISABLED: '1' };
  // The default build: dist/ at the root, no base path.
  delete env['OUT_DIR'];
  delete env['BASE_PATH'];
  delete env['SITE_URL'];
  return env;
};

/** HTML pages under `dist`, for builders that do not print their count (Hugo). */
function countHtmlPages(dist: string): number {
  return readdirSync(dist, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile() && entry.name.endsWith('.html')).length;
}

function toResult(measurement: Measurement, dist: string): BuildResult {
  const ok = measurement.exitCode === 0 && !measurement.timedOut;
  const printed = /(\d+) page\(s\) built/.exec(measurement.summary);
  const pages = printed ? Number(printed[1]) : ok ? countHtmlPages(dist) : null;
  let distBytes: number | null = null;
  if (ok) {
    try {
      distBytes = directorySize(dist);
    } catch {
      distBytes = null;
    }
  }
  return {
    wallMs: measurement.wallMs,
    peakTreeRssKiB: measurement.peakTreeRssKiB,
    maxProcessRssKiB: measurement.maxProcessRssKiB ?? null,
    pages,
    distBytes,
    phases: buildPhases(measurement.summary),
    cpuSeconds: measurement.cpuSeconds ?? null,
    otherCpuShare: measurement.otherCpuSeconds === undefined ? null : measurement.otherCpuSeconds / ((measurement.wallMs / 1000) * cpus().length),
    ok,
  };
}

async function build(label: string, command: string, args: string[], cwd: string, output = 'dist'): Promise<BuildResult> {
  log(`${label}…`);
  const measurement = await measure(command, args, { cwd, env: buildEnv(), timeoutMs: options.timeoutMs });
  const result = toResult(measurement, join(cwd, output));
  if (!result.ok) {
    log(`${label}: ${measurement.timedOut ? `stopped after ${formatSeconds(options.timeoutMs)}` : `failed (exit ${measurement.exitCode})`}; last lines:`);
    process.stderr.write(`${measurement.output.split('\n').slice(-30).join('\n')}\n`);
  } else {
    const others = result.otherCpuShare === null ? '' : `, other processes ${(result.otherCpuShare * 100).toFixed(0)} % of the CPU`;
    log(`${label}: ${formatSeconds(result.wallMs)}, peak ${formatMiB(result.peakTreeRssKiB * 1024, 0)} MiB${others}`);
  }
  return result;
}

/** Debian's hugo, when installed (`apt-get install hugo`): the bench's floor. */
const hugoInstalled = spawnSync('hugo', ['version'], { stdio: 'ignore' }).status === 0;
if (!hugoInstalled) log('hugo is not installed: no Hugo floor in this run (apt-get install hugo)');

const started = performance.now();
const source = corpusSource(loadProject(readProjectFiles(root)).project);
const results: SizeResult[] = [];
const keptDirs: string[] = [];

for (const size of options.sizes) {
  log(`N = ${size}: generating the corpus`);
  const corpus = generateCorpus(source, { articles: size });
  const work = mkdtempSync(join(tmpdir(), `chronique-bench-${size}-`));
  const site = join(work, 'chronique');
  const baselineDir = join(work, 'baseline');
  const hugoDir = join(work, 'hugo');
  try {
    prepareChroniqueCopy(root, site, corpus.files);
    prepareBaseline(root, baselineDir, baselineArticleFiles(corpus));
    const baseline = await build(`N = ${size}: baseline astro build`, join(baselineDir, 'node_modules/.bin/astro'), ['build'], baselineDir);
    let hugo: BuildResult | null = null;
    if (hugoInstalled) {
      prepareHugo(hugoDir, baselineArticleFiles(corpus));
      hugo = await build(`N = ${size}: Hugo floor`, 'hugo', ['--quiet', '--destination', 'public'], hugoDir, 'public');
    }
    const chronique = await build(`N = ${size}: Chronique npm run build`, 'npm', ['run', 'build'], site);
    let weight: SiteWeight | null = null;
    if (chronique.ok) {
      log(`N = ${size}: weighing every page (HTML + CSS, gzip)`);
      weight = weighSite(join(site, 'dist'));
    }
    const rebuilds = options.rebuilds.includes(size);
    const chroniqueWarm = !rebuilds ? null : chronique.ok ? await build(`N = ${size}: Chronique npm run build (second, warm cache)`, 'npm', ['run', 'build'], site) : { ...chronique };
    const edited = rebuilds && chronique.ok ? editOneArticle(site) : '';
    const chroniqueEdit = !rebuilds ? null : chronique.ok ? await build(`N = ${size}: Chronique npm run build after editing ${edited}`, 'npm', ['run', 'build'], site) : { ...chronique };
    results.push({ articles: size, events: corpus.events.length, chronique, chroniqueWarm, chroniqueEdit, baseline, hugo, weight });
  } finally {
    if (options.keep) keptDirs.push(work);
    else rmSync(work, { recursive: true, force: true });
  }
}

const mibOf = (kib: number | null) => (kib === null ? '—' : formatMiB(kib * 1024, 0));
const cell = (result: BuildResult, text: string) => (result.ok ? text : 'failed');

for (const result of results) {
  const row = (name: string, build: BuildResult, baseline: BuildResult | undefined) => [
    name,
    cell(build, formatSeconds(build.wallMs)),
    cell(build, formatMs(build.wallMs / result.articles)),
    mibOf(build.peakTreeRssKiB),
    mibOf(build.maxProcessRssKiB),
    baseline && baseline.ok && build.ok ? formatRatio(build.wallMs / baseline.wallMs) : '—',
    build.pages === null ? '—' : String(build.pages),
    build.distBytes === null ? '—' : formatMiB(build.distBytes),
  ];
  console.log(`\nN = ${result.articles} articles (${result.events} events)\n`);
  console.log(
    formatTable(
      ['build', 'wall time', 'per article', 'peak RSS tree (MiB)', 'max RSS 1 proc (MiB)', 'vs baseline', 'pages', 'dist (MiB)'],
      [
        row('Chronique (cold)', result.chronique, result.baseline),
        ...(result.chroniqueWarm ? [row('Chronique (second build, nothing changed)', result.chroniqueWarm, result.baseline)] : []),
        ...(result.chroniqueEdit ? [row('Chronique (after editing one article)', result.chroniqueEdit, result.baseline)] : []),
        row('Baseline Astro + MDX', result.baseline, undefined),
        ...(result.hugo ? [row('Hugo floor (same article pages)', result.hugo, result.baseline)] : []),
      ],
    ),
  );
  const phases = (name: string, build: BuildResult | null) => {
    if (!build?.ok) return undefined;
    const { bundleMs, prerenderMs } = build.phases;
    const parts = [bundleMs === undefined ? undefined : `Vite bundle ${formatSeconds(bundleMs)}`, prerenderMs === undefined ? undefined : `prerender ${formatSeconds(prerenderMs)}`].filter((part) => part !== undefined);
    const rest = bundleMs !== undefined && prerenderMs !== undefined ? `, everything else (config and content check, sync, pagefind…) ${formatSeconds(build.wallMs - bundleMs - prerenderMs)}` : '';
    const cpu = build.cpuSeconds === null ? '' : ` (CPU ${build.cpuSeconds.toFixed(0)} s in all)`;
    return `  ${name}: ${parts.join(', ')}${rest}${cpu}`;
  };
  console.log(`\nPhases:\n${[phases('Chronique (cold)', result.chronique), phases('Chronique (warm)', result.chroniqueWarm), phases('Chronique (one article edited)', result.chroniqueEdit), phases('Baseline', result.baseline)].filter((line) => line !== undefined).join('\n')}`);
  if (result.hugo?.ok && result.chronique.ok) {
    console.log(`\nChronique (cold) / Hugo floor: ${formatRatio(result.chronique.wallMs / result.hugo.wallMs)}; after editing one article / Hugo: ${result.chroniqueEdit?.ok ? formatRatio(result.chroniqueEdit.wallMs / result.hugo.wallMs) : '—'}`);
  }
  if (result.weight) {
    const { pages, heaviest, heaviestPages, overCount, over } = result.weight;
    const kb = (page: { path: string; gzip: number }) => `${page.path} ${(page.gzip / 1000).toFixed(1)} KB`;
    console.log(`\nPage weight (HTML + CSS, gzip -9): ${pages} pages, heaviest ${(heaviest.gzip / 1000).toFixed(1)} KB (${heaviest.path}); ${overCount} over ${pageBudgetBytes / 1000} KB${over.length > 0 ? `: ${over.map(kb).join(', ')}${overCount > over.length ? ', …' : ''}` : ''}`);
    console.log(`Heaviest pages: ${heaviestPages.map(kb).join(', ')}`);
  }
  const busy = [result.chronique, result.chroniqueWarm, result.chroniqueEdit, result.baseline, result.hugo].filter((build): build is BuildResult => build !== null && (build.otherCpuShare ?? 0) > 0.1);
  if (busy.length > 0) {
    const worst = Math.max(...busy.map((build) => build.otherCpuShare ?? 0));
    console.log(`Note: other processes used up to ${(worst * 100).toFixed(0)} % of the machine's CPU during ${busy.length} of these builds: their times are inflated.`);
  }
}

const at = (size: number) => results.find((result) => result.articles === size);
const large = at(1000);
const small = at(100);
const huge = at(5000);
const perArticle = (result: SizeResult) => result.chronique.wallMs / result.articles;
const notMeasured = (label: string): Target => ({ label, actual: 'not measured', met: undefined });
const targets: Target[] = [
  large?.chronique.ok && large.baseline.ok
    ? { label: 'cold build ≤ 1.2× baseline at N = 1000 (Pagefind included)', actual: `${formatRatio(large.chronique.wallMs / large.baseline.wallMs)} (${formatSeconds(large.chronique.wallMs)} vs ${formatSeconds(large.baseline.wallMs)})`, met: large.chronique.wallMs <= 1.2 * large.baseline.wallMs }
    : notMeasured('cold build ≤ 1.2× baseline at N = 1000 (Pagefind included)'),
  large?.chroniqueEdit?.ok && large.chronique.ok
    ? { label: 'rebuild after editing one article ≤ 0.5× cold build at N = 1000', actual: `${formatRatio(large.chroniqueEdit.wallMs / large.chronique.wallMs)} (${formatSeconds(large.chroniqueEdit.wallMs)} vs ${formatSeconds(large.chronique.wallMs)})`, met: large.chroniqueEdit.wallMs <= 0.5 * large.chronique.wallMs }
    : notMeasured('rebuild after editing one article ≤ 0.5× cold build at N = 1000'),
  large?.chronique.ok && small?.chronique.ok
    ? { label: 'build at N = 1000 ≤ 12× build at N = 100', actual: `${formatRatio(large.chronique.wallMs / small.chronique.wallMs)} (${formatSeconds(large.chronique.wallMs)} vs ${formatSeconds(small.chronique.wallMs)})`, met: large.chronique.wallMs <= 12 * small.chronique.wallMs }
    : notMeasured('build at N = 1000 ≤ 12× build at N = 100'),
  large?.chronique.ok
    ? { label: 'peak memory ≤ 1.3 GiB at N = 1000', actual: `${mibOf(large.chronique.peakTreeRssKiB)} MiB (process tree, sampled every 200 ms)`, met: large.chronique.peakTreeRssKiB <= 1.3 * 1024 * 1024 }
    : notMeasured('peak memory ≤ 1.3 GiB at N = 1000'),
  large?.weight
    ? { label: `every page ≤ ${pageBudgetBytes / 1000} KB of HTML + CSS gzipped at N = 1000`, actual: `heaviest ${(large.weight.heaviest.gzip / 1000).toFixed(1)} KB (${large.weight.heaviest.path}), ${large.weight.overCount} of ${large.weight.pages} pages over`, met: large.weight.overCount === 0 }
    : notMeasured(`every page ≤ ${pageBudgetBytes / 1000} KB of HTML + CSS gzipped at N = 1000`),
  huge?.chronique.ok && large?.chronique.ok
    ? { label: 'ms/article at N = 5000 ≤ ms/article at N = 1000', actual: `${formatMs(perArticle(huge))} vs ${formatMs(perArticle(large))} (${formatSeconds(huge.chronique.wallMs)} vs ${formatSeconds(large.chronique.wallMs)})`, met: perArticle(huge) <= perArticle(large) }
    : huge
      ? { label: 'ms/article at N = 5000 ≤ ms/article at N = 1000', actual: huge.chronique.ok ? 'N = 1000 not measured in this run' : 'N = 5000 did not complete', met: huge.chronique.ok ? undefined : false }
      : notMeasured('ms/article at N = 5000 ≤ ms/article at N = 1000 (on demand: --sizes 1000,5000)'),
];
console.log('\nTargets\n');
for (const target of targets) console.log(formatTarget(target));
console.log(`\nMachine: ${cpus().length} CPUs, ${formatMiB(totalmem(), 0)} MiB; Node ${process.version}; benchmark took ${formatSeconds(performance.now() - started)}.`);
if (keptDirs.length > 0) console.log(`Kept: ${keptDirs.join(', ')}`);

const json = { date: new Date().toISOString(), node: process.version, cpus: cpus().length, memoryBytes: totalmem(), sizes: results, targets };
writeFileSync('/tmp/chronique-bench.json', `${JSON.stringify(json, null, 2)}\n`);
console.log('Results written to /tmp/chronique-bench.json.');
process.exitCode = results.every((result) => result.chronique.ok && result.baseline.ok) ? 0 : 1;
