/** Where and how a sentence says that someone speaks. */
export interface SpeechCue {
  start: number;
  end: number;
  kind: 'verb' | 'inverted' | 'passive' | 'according-to';
  /** For "selon X": where X starts. */
  sourceStart?: number;
}

const pastVerbs = [
  'déclaré', 'indiqué', 'affirmé', 'averti', 'reconnu', 'annoncé', 'confié', 'ajouté', 'souligné', 'réaffirmé',
  'insisté', 'exprimé', 'rapporté', 'précisé', 'assuré', 'estimé', 'expliqué', 'dit', 'promis', 'démenti',
  'nié', 'confirmé', 'prévenu', 'martelé', 'répondu', 'dénoncé', 'accusé', 'appelé', 'plaidé', 'signalé', 'écrit', 'publié',
];
const presentVerbs = [
  'affirme', 'affirment', 'rapporte', 'rapportent', 'déclare', 'déclarent', 'indique', 'indiquent', 'estime', 'estiment',
  'assure', 'assurent', 'annonce', 'annoncent', 'souligne', 'soulignent', 'précise', 'précisent', 'explique', 'expliquent',
  'avertit', 'avertissent', 'suggère', 'suggèrent', 'dément', 'démentent', 'confirme', 'confirment', 'écrit', 'écrivent',
];
const adverbs = '(?:\\s+(?:également|aussi|encore|déjà|notamment|ensuite|enfin|de nouveau|pour sa part|quant à lui|quant à elle))?';
const auxiliary = "(?:a|ont|avait|avaient|aurait|auraient|aura)";
const inversion = '-t-(?:il|elle|ils|elles|on)|-(?:il|elle|ils|elles)';

const patterns: { kind: SpeechCue['kind']; regex: RegExp }[] = [
  { kind: 'passive', regex: new RegExp(`\\b(?:il\\s+)?a\\s+été\\s+(?:${['indiqué', 'déclaré', 'signalé', 'annoncé', 'précisé', 'rapporté'].join('|')})`, 'giu') },
  { kind: 'inverted', regex: new RegExp(`\\b${auxiliary}(?:${inversion})${adverbs}\\s+(?:${pastVerbs.join('|')})(?![\\p{L}])`, 'giu') },
  { kind: 'verb', regex: new RegExp(`(?<![\\p{L}])${auxiliary}${adverbs}\\s+(?:${pastVerbs.join('|')})(?![\\p{L}])`, 'giu') },
  // A present-tense verb, not the noun ("l'annonce").
  { kind: 'verb', regex: new RegExp(`(?<![\\p{L}'’])(?:${presentVerbs.join('|')})(?![\\p{L}])`, 'giu') },
  // "selon X", "cité par X", but not "selon lesquelles" (a relative clause, no speaker).
  { kind: 'according-to', regex: /(?<![\p{L}])(?:selon|d['’]après)\s+(?!lesquel|laquelle|lequel|qui|que)/giu },
];

/**
 * The speech cues of a sentence, outside quotations (a quoted "X rapporte que" belongs to the
 * quote), in reading order, overlaps removed.
 */
export function findSpeechCues(text: string, outside: (start: number, end: number) => boolean): SpeechCue[] {
  const cues: SpeechCue[] = [];
  for (const { kind, regex } of patterns) {
    for (const match of text.matchAll(regex)) {
      const start = match.index;
      const end = start + match[0].length;
      if (!outside(start, end)) continue;
      if (cues.some((cue) => start < cue.end && end > cue.start)) continue;
      cues.push(kind === 'according-to' ? { start, end, kind, sourceStart: end } : { start, end, kind });
    }
  }
  return cues.sort((a, b) => a.start - b.start);
}
