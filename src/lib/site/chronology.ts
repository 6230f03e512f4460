import { buildChronology, type Chronology } from '../chronology/chronology';
import { statementRecords, type StatementRecord } from '../exports/statements';
import { loadSite } from './load';
import { paths } from './paths';
import { absoluteUrl } from './url';

let cached: { chronology: Chronology; statements: StatementRecord[] } | undefined;

/** URL of a passage of a source page, absolute, for exports. */
export const passageUrl = (slug: string, anchor: string) => absoluteUrl(`${paths.source(slug)}#${anchor}`);

/** The chronology and the statements, computed once per build for every page that shows them. */
export function siteChronology(): { chronology: Chronology; statements: StatementRecord[] } {
  if (!cached) {
    const { project, annotations } = loadSite();
    const statements = statementRecords(project, annotations, passageUrl);
    cached = { chronology: buildChronology(project, annotations, statements), statements };
  }
  return cached;
}
