import type { ElementContent } from 'hast';
import { formatLongDay } from '../text/french-date';
import type { AnnotatedBlock } from './annotate-article';
import type { TemporalExpression } from './dates';
import type { Entity } from './gazetteer';
import type { Mention } from './mentions';

export interface RenderLinks {
  entity(entity: Entity): string;
}

export interface RenderOptions {
  links: RenderLinks;
  /** Definitions of glossary terms, shown on hover. */
  definition(termId: string): string | undefined;
  speakerName(actorId: string): string | undefined;
  /** Terms whose definition the page already gave on hover: later mentions link without repeating it. */
  definedTerms?: Set<string>;
}

const text = (value: string): ElementContent => ({ type: 'text', value });

function element(tagName: string, properties: Record<string, string | string[] | undefined>, children: ElementContent[]): ElementContent {
  return { type: 'element', tagName, properties: Object.fromEntries(Object.entries(properties).filter(([, value]) => value !== undefined)) as Record<string, string | string[]>, children };
}

/**
 * The block's content as HTML elements (hast), with its annotations: statements as `<mark>` with an anchor and
 * their speaker, mentions as links, dates as `<time>`. The words themselves are the block's text,
 * in order and unchanged; everything added is marked `data-chrome` and carries no text of its own
 * (its labels are attributes, shown by CSS and read by screen readers), so a copied selection is
 * exactly the source's words.
 */
export function renderBlock(block: AnnotatedBlock, options: RenderOptions): ElementContent[] {
  const { text: source, analysis } = block;
  const spans = [...analysis.mentions.map((mention) => ({ kind: 'mention' as const, mention, start: mention.start, end: mention.end })), ...analysis.dates.map((date) => ({ kind: 'date' as const, date, start: date.start, end: date.end }))].sort((a, b) => a.start - b.start);

  const inline = (from: number, to: number): ElementContent[] => {
    const nodes: ElementContent[] = [];
    let at = from;
    for (const span of spans) {
      if (span.start < at || span.end > to || span.start < from) continue;
      if (span.start > at) nodes.push(text(source.slice(at, span.start)));
      const words = source.slice(span.start, span.end);
      nodes.push(span.kind === 'mention' ? mentionNode(span.mention, words, options) : dateNode(span.date, words));
      at = span.end;
    }
    if (at < to) nodes.push(text(source.slice(at, to)));
    return nodes;
  };

  // A statement may hold others ("« X rapporte que … », a déclaré Y"): each is drawn inside the one that contains it.
  const statements = analysis.statements.map((statement, index) => ({ statement, anchor: block.statementAnchors[index]! }));
  const withStatements = (from: number, to: number, within: typeof statements): ElementContent[] => {
    const nodes: ElementContent[] = [];
    let at = from;
    for (const { statement, anchor } of within) {
      if (statement.start < at || statement.end > to) continue;
      nodes.push(...inline(at, statement.start));
      const inner = within.filter((other) => other.statement !== statement && other.statement.start >= statement.start && other.statement.end <= statement.end);
      const speaker = statement.speaker ? options.speakerName(statement.speaker) : undefined;
      nodes.push(element('mark', { id: anchor, className: ['statement', `statement-${statement.kind}`], dataSpeaker: statement.speaker ?? undefined }, withStatements(statement.start, statement.end, inner)));
      nodes.push(speakerNode(statement.kind, statement.speaker, speaker, anchor, options));
      at = statement.end;
    }
    nodes.push(...inline(at, to));
    return nodes;
  };

  const nodes = withStatements(0, source.length, statements);
  nodes.push(paragraphLink(block.anchor));
  return nodes;
}

/**
 * The link to a paragraph, for sharing: empty, its mark drawn by CSS (`::after`) and its name in
 * `aria-label`, so that copying the paragraph copies the source's words and nothing else.
 */
export function paragraphLink(anchor: string): ElementContent {
  return element('a', { className: ['para-link'], href: `#${anchor}`, dataChrome: '', dataPagefindIgnore: '', ariaLabel: 'Lien vers ce paragraphe' }, []);
}

/**
 * Who speaks, after a statement: one link (one tab stop per statement) to the speaker's page, or to
 * the statement itself when the speaker is unknown. Its visible label comes from `data-label`
 * through CSS generated content and its accessible name from `aria-label`: neither is copied with
 * the text.
 */
function speakerNode(kind: 'direct' | 'reported', speakerId: string | null, speaker: string | undefined, statementAnchor: string, options: RenderOptions): ElementContent {
  const what = kind === 'direct' ? 'citation' : 'propos rapportés';
  const label = speaker ? `${what} : ${speaker}` : what;
  const href = speakerId && speaker ? options.links.entity({ kind: 'actor', id: speakerId, name: speaker }) : `#${statementAnchor}`;
  const name = speaker ? `${what[0]!.toUpperCase()}${what.slice(1)} : ${speaker}` : `${what[0]!.toUpperCase()}${what.slice(1)}, auteur non identifié`;
  return element('a', { className: ['statement-speaker'], href, dataChrome: '', dataPagefindIgnore: '', dataLabel: label, ariaLabel: name }, []);
}

function mentionNode(mention: Mention, words: string, options: RenderOptions): ElementContent {
  const { entity } = mention;
  // Screen readers hear the entity behind a variant spelling ("Rasten (Rastan)") from the link's
  // name; the page's text keeps only the source's words, so that a copied passage is exact.
  const ariaLabel = entity.name.toLocaleLowerCase('fr') !== words.toLocaleLowerCase('fr') ? `${words} (${entity.name})` : undefined;
  const firstUse = entity.kind === 'term' && !options.definedTerms?.has(entity.id);
  if (firstUse) options.definedTerms?.add(entity.id);
  const definition = firstUse ? options.definition(entity.id) : undefined;
  // Out of the tab order: a keyboard user meets one stop per statement, not one per name; the
  // page lists every entity it names (NamedInText) as ordinary links.
  return element('a', { href: options.links.entity(entity), className: ['mention', `mention-${entity.kind}`], title: definition, ariaLabel, tabIndex: '-1' }, [text(words)]);
}

function dateNode(date: TemporalExpression, words: string): ElementContent {
  if (date.value === null) return element('span', { className: ['date', 'date-future'], dataPrecision: date.precision }, [text(words)]);
  const title = date.value.length === 10 ? `${formatLongDay(date.value)}${date.timeOfDay ? `, ${date.timeOfDay}` : ''}` : date.value;
  return element('time', { dateTime: date.value, className: ['date'], dataPrecision: date.precision, title }, [text(words)]);
}
