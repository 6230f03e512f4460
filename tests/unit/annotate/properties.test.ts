import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeBlocks } from '../../../src/lib/annotate/analyze';
import { findDates } from '../../../src/lib/annotate/dates';
import { matcher, testGazetteer } from './helpers';

const gazetteer = testGazetteer();
const fragments = [
  'Hama', 'Deraa', "l'OSDH", 'd’HTS', 'SANA', 'Armée nationale syrienne', 'armée syrienne', 'Maria Zakharova', 'Il', 'a déclaré', 'a indiqué que',
  'selon', 'mercredi', 'dimanche soir', 'hier', 'la veille', 'le 5 décembre', '1er décembre 2024', 'trois jours plus tard', 'dans les prochaines heures',
  '«', '»', '“', '”', '"', "'", '’', '-', ',', '.', ' ', ' ', ' ', '\u00a0', 'الجولاني', 'é', 'İ', '🙂', 'que', 'les', 'rebelles', 'ANS', 'ans',
];
const frenchLike = fc.array(fc.oneof(fc.constantFrom(...fragments), fc.string({ maxLength: 4 })), { maxLength: 60 }).map((parts) => parts.join(''));

describe('the annotator on random French-like text', () => {
  it('never throws, and every span lies inside the text in order', () => {
    fc.assert(
      fc.property(fc.array(frenchLike, { minLength: 1, maxLength: 4 }), (texts) => {
        const analyses = analyzeBlocks(texts.map((text) => ({ text, fixed: [] })), { published: '2024-12-07', gazetteer, matcher });
        analyses.forEach((analysis, index) => {
          const length = texts[index]!.length;
          let end = 0;
          for (const mention of analysis.mentions) {
            expect(mention.start).toBeGreaterThanOrEqual(end);
            expect(mention.end).toBeLessThanOrEqual(length);
            end = mention.end;
          }
          for (const span of [...analysis.dates, ...analysis.statements]) {
            expect(span.start).toBeGreaterThanOrEqual(0);
            expect(span.end).toBeLessThanOrEqual(length);
            expect(span.start).toBeLessThan(span.end);
          }
        });
      }),
      { numRuns: 300 },
    );
  });

  it('gives the same result when run twice (no state kept between runs)', () => {
    fc.assert(
      fc.property(frenchLike, (text) => {
        const run = () => JSON.stringify(analyzeBlocks([{ text, fixed: [] }], { published: '2024-12-07', gazetteer, matcher }));
        expect(run()).toBe(run());
      }),
      { numRuns: 200 },
    );
  });

  it('resolves only real days', () => {
    fc.assert(
      fc.property(frenchLike, (text) => {
        for (const date of findDates(text, { published: '2024-12-07' }).expressions) {
          if (date.value && date.value.length === 10) expect(Number.isNaN(new Date(`${date.value}T00:00:00Z`).getTime())).toBe(false);
        }
      }),
    );
  });

  it('reads a 200 000-character sentence full of verbs of saying, quotes and sources in one pass', () => {
    const text = "l'OSDH a déclaré que les rebelles avancent, selon SANA, « ils ont dit » a-t-il ajouté, ".repeat(2_300);
    const [analysis] = analyzeBlocks([{ text, fixed: [] }], { published: '2024-12-07', gazetteer, matcher });
    expect(analysis!.statements.length).toBeGreaterThan(2_300);
  });

  it('reads a 200 000-character pathological text (quotes and apostrophes only) without backtracking blow-up', () => {
    const text = `${'« \' “ " ’ '.repeat(20_000)}Hama`;
    const [analysis] = analyzeBlocks([{ text, fixed: [] }], { published: '2024-12-07', gazetteer, matcher });
    expect(analysis!.mentions.map((mention) => mention.entity.id)).toEqual(['hama']);
  });
});
