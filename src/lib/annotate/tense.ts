/**
 * Whether the words around a date speak of what is to come ("se réunira mardi", "prévue le
 * 15 décembre", "doit se tenir lundi"): then a bare weekday or a date without year lies ahead.
 * Looks only at the clause that holds the date, never at what a "que" clause or a quotation reports.
 */
const futureMarkers = new RegExp(
  [
    // A verb in the future or the conditional of the future ("réunira", "tiendront", "aura", "sera").
    String.raw`\p{L}{2,}(?:era|ira|dra|oira|aura|ura)(?:-t-(?:il|elle|on))?`,
    String.raw`\p{L}{2,}(?:eront|iront|dront|ront)`,
    String.raw`sera|seront|aura|auront|fera|feront|ira|iront|viendra|viendront|devra|devront|pourra|pourront`,
    // Announced, planned, expected.
    String.raw`prévue?s?|programmée?s?|attendue?s?|annoncée?s?\s+pour|doit|doivent|devrait|devraient|compte|comptent|envisage|envisagent|à\s+venir|prochaine?s?|d['’]ici`,
  ].join('|'),
  'iu',
);
const notFuture = /^(?:caméra|opéra|sahara|era|extra|tora|zebra|ultra|contra|sierra|hira|mira|para)$/iu;

export function futureContext(text: string, start: number, end: number): boolean {
  // The date's own clause: between the nearest commas, semicolons, sentence ends, "que" and quotation
  // marks, so that "a averti dimanche que Moscou « ne laissera pas faire »" stays in the past.
  const before = text.slice(Math.max(0, start - 200), start);
  const opening = [...before.matchAll(/[.;!?,«»“”]|(?<![\p{L}])qu(?:e(?![\p{L}])|['’])/gu)].at(-1);
  const clauseStart = opening ? start - before.length + opening.index + opening[0].length : Math.max(0, start - 200);
  const after = text.slice(end, end + 200).search(/[.;!?,«»“”]|(?<![\p{L}])qu(?:e(?![\p{L}])|['’])/u);
  const clause = text.slice(clauseStart, after === -1 ? Math.min(text.length, end + 200) : end + after);
  for (const match of clause.matchAll(new RegExp(`(?<![\\p{L}])(?:${futureMarkers.source})(?![\\p{L}])`, 'giu'))) {
    if (!notFuture.test(match[0])) return true;
  }
  return false;
}
