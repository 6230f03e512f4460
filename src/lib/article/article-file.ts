import { stringify } from 'yaml';
import type { SeedBlock } from '../seed/fidelity';
import { seedToMdx } from '../seed/seed-to-mdx';

/**
 * Writes a complete article file: YAML frontmatter, then the seed's lines as an MDX body.
 * `frontmatter` is written as given, in its key order.
 */
export function renderArticleFile(frontmatter: Record<string, unknown>, blocks: readonly SeedBlock[]): string {
  const yaml = stringify(frontmatter, { lineWidth: 0, defaultStringType: 'PLAIN', defaultKeyType: 'PLAIN' });
  return `---\n${yaml}---\n\n${seedToMdx(blocks)}`;
}
