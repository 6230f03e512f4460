import { readFileSync } from 'node:fs';
import { buildGazetteer } from './src/lib/annotate/gazetteer';
import { compileMentionMatcher } from './src/lib/annotate/mentions';
import { readProjectFiles } from './src/lib/content/content-files';
import { loadProject } from './src/lib/content/load-project';
import { proposeBoilerplate } from './src/lib/import/boilerplate';
import { proposeClaims } from './src/lib/import/claim-proposals';
import { seedLines } from './src/lib/seed/seed-text';
const { project } = loadProject(readProjectFiles('.'));
const matcher = compileMentionMatcher(buildGazetteer(project));
for (const [file, published] of [['tests/fixtures/import/homs-web.txt', '2024-12-07'], ['tests/fixtures/import/alep-web.txt', '2024-12-01'], ...process.argv.slice(2).map((a) => a.split('@'))]) {
  const text = readFileSync(file!, 'utf8');
  const bp = new Set(proposeBoilerplate(text).map((p) => p.line));
  const lines = seedLines(text).filter((l) => l.text.trim() && !bp.has(l.number)).slice(1).map((l) => ({ line: l.number, text: l.text }));
  const r = proposeClaims(lines, published!, project.events, matcher);
  console.log(file);
  for (const c of r.claims) console.log('  CLAIM', c.line, c.event, c.stance, c.by ?? '', '|', c.quote.slice(0, 90), '|', c.why);
  for (const e of r.events) console.log('  NEW', e.line, e.date, e.places.join(','), '|', e.quote.slice(0, 90));
}
