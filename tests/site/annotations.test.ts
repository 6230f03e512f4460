import { describe, expect, it } from 'vitest';
import { normalizeWhitespace } from '../../src/lib/article/blocks';
import type { StatementRecord } from '../../src/lib/exports/statements';
import { readerText, readJson, readPage, selectAll } from '../helpers/dist';
import { realProject } from '../helpers/project';

const statements = readJson<StatementRecord[]>('data/statements.json');
const { project } = realProject();

describe('annotated source pages', () => {
  it('export at least one statement per article', () => {
    for (const slug of project.articles.keys()) expect(statements.some((statement) => statement.article === slug)).toBe(true);
  });

  it.each(statements.map((statement) => [statement.id, statement] as const))('highlights %s on its page with the exported words', (_, statement) => {
    const url = new URL(statement.anchor);
    const page = readPage(url.pathname);
    const marks = selectAll(`mark[id="${url.hash.slice(1)}"]`, page);
    expect(marks).toHaveLength(1);
    expect(normalizeWhitespace(readerText(marks[0]!))).toBe(normalizeWhitespace(statement.quote));
    expect(marks[0]!.properties['dataSpeaker'] ?? null).toBe(statement.speaker);
  });

  it('gives every paragraph a unique anchor and a "lien" link to it', () => {
    for (const slug of project.articles.keys()) {
      const page = readPage(`/sources/${slug}/`);
      const blocks = selectAll('.source-text > :is(p, h2)', page);
      const ids = blocks.map((block) => String(block.properties['id']));
      expect(new Set(ids).size).toBe(blocks.length);
      for (const id of ids) {
        expect(id).toMatch(/^p-[0-9a-f]{8}(-\d+)?$/);
        expect(selectAll(`a.para-link[href="#${id}"]`, page)).toHaveLength(1);
      }
    }
  });

  it('links every mention to a page that exists', () => {
    for (const slug of project.articles.keys()) {
      for (const link of selectAll('a.mention', readPage(`/sources/${slug}/`))) {
        const href = String(link.properties['href']);
        const [path, hash] = href.split('#');
        const target = readPage(path!);
        if (hash) expect(selectAll(`[id="${hash}"]`, target)).toHaveLength(1);
      }
    }
  });

  it('exports mentions per article with counts and anchors', () => {
    const mentions = readJson<Record<string, { actors: Record<string, { count: number; anchors: string[] }> }>>('data/mentions.json');
    expect(Object.keys(mentions).sort()).toEqual([...project.articles.keys()].sort());
    expect(mentions['homs-fuite-des-habitants']!.actors['hts']!.count).toBeGreaterThan(5);
  });
});
