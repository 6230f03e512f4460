import type { Entity, Gazetteer } from './gazetteer';
import type { Mention } from './mentions';
import { findQuotes, wordCount, type QuoteSpan } from './quotes';
import type { StatementSpan } from './statements';

/**
 * Posts embedded in a web page (a tweet, a Truth Social message) arrive as a paragraph that is only a
 * quotation, signed on the same line or the next one: "— Kaja Kallas (@kajakallas) December 8, 2024",
 * "(Truth Social, @realDonaldTrump, posted on December 7)". The signature says who wrote the words.
 */

/** A signature line: a dash then a name and a handle, or a bracketed credit holding a handle. */
const signaturePattern = /^\s*(?:[—–-]\s*[^\n]{0,80}?\(@[\p{L}\p{N}_]{2,30}\)[^\n]{0,40}|\(\s*[^()\n]{0,40}@[\p{L}\p{N}_]{2,30}[^()\n]{0,60}\))\s*$/u;
const handlePattern = /@([\p{L}\p{N}_]{2,30})/u;

export interface Signature {
  start: number;
  end: number;
  handle: string;
}

/** The signature that ends a text, if its last words sign a post. */
export function postSignature(text: string, from = 0): Signature | undefined {
  const rest = text.slice(from);
  if (!signaturePattern.test(rest)) return undefined;
  const handle = handlePattern.exec(rest)![1]!;
  const start = from + (rest.length - rest.trimStart().length);
  return { start, end: from + rest.trimEnd().length, handle };
}

/** The quotation a block wholly is (a signature may follow it), when no statement covers it yet. */
export function loneQuotation(text: string, statements: readonly StatementSpan[]): QuoteSpan | undefined {
  const quotes = findQuotes(text);
  const quote = quotes[0];
  if (!quote || quotes.length !== 1 || text.slice(0, quote.start).trim() !== '' || wordCount(text.slice(quote.start, quote.end)) < 3) return undefined;
  if (statements.some((statement) => statement.start <= quote.start && statement.end >= quote.end)) return undefined;
  const after = text.slice(quote.end);
  return after.trim() === '' || postSignature(text, quote.end) ? quote : undefined;
}

const letters = (name: string) => name.toLocaleLowerCase('fr').normalize('NFD').replace(/[^a-z0-9]/gu, '');

/**
 * Who signs: an actor named in the signature ("— Kaja Kallas (@kajakallas)"), else the actor whose full
 * name the handle spells ("@realDonaldTrump" → Donald Trump; names of five letters or more, so that a
 * short acronym inside a handle proves nothing).
 */
export function signatureSpeaker(signature: Signature, mentions: readonly Mention[], gazetteer: Gazetteer): Entity | null {
  const named = mentions.find((mention) => mention.entity.kind === 'actor' && mention.start >= signature.start && mention.end <= signature.end);
  if (named) return named.entity;
  const handle = letters(signature.handle);
  const candidates = [...gazetteer.entities.values()].filter((entity) => {
    if (entity.kind !== 'actor') return false;
    const name = letters(entity.name);
    return name === handle || (name.length >= 5 && handle.includes(name));
  });
  return candidates.length === 1 ? candidates[0]! : null;
}
