import { buildChronology, type Chronology } from '../chronology/chronology';
import { statementRecords, type StatementRecord } from '../exports/statements';
import { loadSite } from './load';
import { paths } from './paths';
import { absoluteUrl } from './url';

let cached: Promise<{ chronology: Chronology; statements: StatementRecord[] }> | undefined;

/** URL of a passage of a source page, absolute, for exports. */
export const passageUrl = (slug: string, anchor: string) => absoluteUrl(`${paths.source(slug)}#${anchor}`);

/** The chronology and the statements, computed once per build for every page that shows them. */
export function siteChronology(): Promise<{ chronology: Chronology; statements: StatementRecord[] }> {
  const compute = async () => {
    const { project, annotations } = await loadSite();
    const statements = statementRecords(project, annotations, passageUrl);
    return { chronology: buildChronology(project, annotations, statements), statements };
  };
  if (import.meta.env.DEV) return compute();
  cached ??= compute();
  return cached;
}
