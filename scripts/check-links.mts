/** `npm run check` (links part): every internal link and #fragment of dist/ must resolve. */
import { join } from 'node:path';
import { siteBase } from '../src/lib/site/deployment';
import { crawl } from '../tests/helpers/crawl';

const base = siteBase(process.env['BASE_PATH']);
const { checked, broken } = await crawl(join(process.cwd(), 'dist'), base);
for (const link of broken) console.error(`${link.parent ?? '?'}  broken link ${link.url} (${link.status ?? 'no answer'})  (fix: correct the link or the anchor it points to)`);
console.log(broken.length === 0 ? `Liens vérifiés : ${checked}, aucun cassé.` : `${broken.length} liens cassés sur ${checked}.`);
process.exitCode = broken.length === 0 ? 0 : 1;
