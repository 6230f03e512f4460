/**
 * `npm run eval:proposals [-- --brief]`: the chronology proposals of `npm run new:article` measured on
 * web pastes written for it (tests/fixtures/import/chronologie/, gold.yaml written before the proposer
 * was tuned; gold-reserve.yaml, held out). Prints precision and recall of claims of existing events (event, stance and speaker,
 * exact quote) and of new events (day and sentence), then each proposal and miss (unless --brief).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { buildGazetteer } from '../../src/lib/annotate/gazetteer';
import { compileMentionMatcher } from '../../src/lib/annotate/mentions';
import { readProjectFiles } from '../../src/lib/content/content-files';
import { loadProject } from '../../src/lib/content/load-project';
import { chronologyLines, proposeClaims } from '../../src/lib/import/claim-proposals';
import { proposeBoilerplate } from '../../src/lib/import/boilerplate';
import { scoreProposals, totalScore, type ProposalGold } from '../../src/lib/import/proposal-score';

const root = process.cwd();
const folder = join(root, 'tests/fixtures/import/chronologie');
const { project } = loadProject(readProjectFiles(root));
const gazetteer = buildGazetteer(project);
const context = { gazetteer, matcher: compileMentionMatcher(gazetteer) };
const ratio = (part: number, whole: number) => `${whole === 0 ? '—' : `${((100 * part) / whole).toFixed(0)} %`} (${part}/${whole})`;
const details: string[] = [];

// gold.yaml: written before the proposer was improved, then tuned on; gold-reserve.yaml: held out.
for (const [name, label] of [['gold.yaml', 'réglage'], ['gold-reserve.yaml', 'réserve']] as const) {
  const gold = (parse(readFileSync(join(folder, name), 'utf8')) as { articles: ProposalGold[] }).articles;
  const total = totalScore(
    gold.map((article) => {
      const text = readFileSync(join(folder, article.file), 'utf8');
      return scoreProposals(article, proposeClaims(chronologyLines(text, proposeBoilerplate(text)), article.published, project.events, context));
    }),
  );
  const { claims, events } = total;
  console.log(`\n== ${label} (${name}) : ${gold.length} articles, ${claims.expected} passages attendus pour des événements existants, ${events.expected} nouveaux événements attendus ==`);
  console.log(`Événements existants : ${claims.proposed} propositions`);
  console.log(`  événement juste          précision ${ratio(claims.eventRight, claims.proposed)}`);
  console.log(`  + position et acteur     précision ${ratio(claims.stanceRight, claims.proposed)}`);
  console.log(`  + citation exacte        précision ${ratio(claims.allRight, claims.proposed)}   rappel ${ratio(claims.found, claims.expected)}`);
  console.log(`Nouveaux événements : ${events.proposed} propositions`);
  console.log(`  jour et phrase justes    précision ${ratio(events.right, events.proposed)}   rappel ${ratio(events.found, events.expected)}`);
  details.push(...total.details.map((line) => `${label} ${line}`));
}
if (!process.argv.includes('--brief')) console.log(`\n${details.join('\n')}`);
