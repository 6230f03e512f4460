/** A chart column for one outlet: every article it published counts in the column. */
export interface SourceColumn {
  /** The outlet's name, unique among columns. */
  id: string;
  label: string;
  /** Slugs of the outlet's articles. */
  articles: readonly string[];
}

/**
 * One column per outlet, in the order of each outlet's first article: five articles from five
 * outlets give five columns; a thousand articles from the same outlets still give five.
 */
export function sourceColumns(articles: readonly { slug: string; outlet: string; label: string }[]): SourceColumn[] {
  const columns = new Map<string, { id: string; label: string; articles: string[] }>();
  for (const { slug, outlet, label } of articles) {
    const column = columns.get(outlet);
    if (column) column.articles.push(slug);
    else columns.set(outlet, { id: outlet, label, articles: [slug] });
  }
  return [...columns.values()];
}
