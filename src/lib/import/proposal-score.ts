import type { ClaimStance } from '../schemas/event';
import type { ClaimProposal, EventProposal } from './claim-proposals';

/** What an editor would accept from one article: claims of existing events, and new dated happenings. */
export interface ProposalGold {
  file: string;
  published: string;
  claims: { event: string; stance: ClaimStance; by?: string; quote: string }[];
  events: { date: string; places: string[]; quotes: string[] }[];
}

export interface ProposalScore {
  claims: {
    proposed: number;
    expected: number;
    /** Proposals whose passage and event are an expected claim's. */
    eventRight: number;
    /** …and whose stance and speaker are too. */
    stanceRight: number;
    /** …and whose quote is the expected sentence exactly: the proposal can be accepted as is. */
    allRight: number;
    /** Expected claims that some proposal gets fully right. */
    found: number;
  };
  events: { proposed: number; expected: number; right: number; found: number };
  /** One line per proposal or miss, for the editor of the proposer. */
  details: string[];
}

const normal = (text: string) => text.replace(/\s+/gu, ' ').trim();
const overlaps = (a: string, b: string) => normal(a).includes(normal(b)) || normal(b).includes(normal(a));
const short = (text: string) => (text.length > 70 ? `${text.slice(0, 70)}…` : text);

/** Compares one article's proposals with what the editor expects. */
export function scoreProposals(gold: ProposalGold, proposals: { claims: readonly ClaimProposal[]; events: readonly EventProposal[] }): ProposalScore {
  const details: string[] = [];
  const claims = { proposed: proposals.claims.length, expected: gold.claims.length, eventRight: 0, stanceRight: 0, allRight: 0, found: 0 };
  const foundClaims = new Set<number>();
  for (const proposal of proposals.claims) {
    const index = gold.claims.findIndex((claim) => claim.event === proposal.event && overlaps(claim.quote, proposal.quote));
    const expected = gold.claims[index];
    const stanceRight = expected !== undefined && expected.stance === proposal.stance && (expected.stance === 'reports' || expected.by === proposal.by);
    const quoteRight = expected !== undefined && normal(expected.quote) === normal(proposal.quote);
    if (expected) claims.eventRight++;
    if (stanceRight) claims.stanceRight++;
    if (stanceRight && quoteRight) {
      claims.allRight++;
      foundClaims.add(index);
    }
    const verdict = !expected ? 'FAUX (événement)' : !stanceRight ? `FAUX (position, attendu ${expected.stance}${expected.by ? ` par ${expected.by}` : ''})` : !quoteRight ? 'FAUX (citation)' : 'juste';
    details.push(`${gold.file} proposé ${proposal.event} [${proposal.stance}${proposal.by ? ` par ${proposal.by}` : ''}] « ${short(proposal.quote)} » : ${verdict}`);
  }
  claims.found = foundClaims.size;
  gold.claims.forEach((claim, index) => {
    if (!foundClaims.has(index)) details.push(`${gold.file} manqué ${claim.event} [${claim.stance}${claim.by ? ` par ${claim.by}` : ''}] « ${short(claim.quote)} »`);
  });

  const events = { proposed: proposals.events.length, expected: gold.events.length, right: 0, found: 0 };
  const foundEvents = new Set<number>();
  for (const proposal of proposals.events) {
    const index = gold.events.findIndex((event) => event.date === proposal.date && event.quotes.some((quote) => normal(quote) === normal(proposal.quote)));
    if (index >= 0) {
      events.right++;
      foundEvents.add(index);
    }
    details.push(`${gold.file} proposé nouvel événement du ${proposal.date} « ${short(proposal.quote)} » : ${index >= 0 ? 'juste' : 'FAUX'}`);
  }
  events.found = foundEvents.size;
  gold.events.forEach((event, index) => {
    if (!foundEvents.has(index)) details.push(`${gold.file} manqué nouvel événement du ${event.date} « ${short(event.quotes[0]!)} »`);
  });
  return { claims, events, details };
}

/** Sums the scores of several articles. */
export function totalScore(scores: readonly ProposalScore[]): ProposalScore {
  const sum = <K extends string>(pick: (score: ProposalScore) => Record<K, number>, keys: readonly K[]) =>
    Object.fromEntries(keys.map((key) => [key, scores.reduce((total, score) => total + pick(score)[key], 0)])) as Record<K, number>;
  return {
    claims: sum((score) => score.claims, ['proposed', 'expected', 'eventRight', 'stanceRight', 'allRight', 'found'] as const),
    events: sum((score) => score.events, ['proposed', 'expected', 'right', 'found'] as const),
    details: scores.flatMap((score) => score.details),
  };
}
