import { describe, expect, it } from 'vitest';
import { codePoints, occurrences, textSelectors } from '../../../src/lib/opendata/text-selectors';
import { anchor } from '../../helpers/anchoring';

describe('textSelectors(text, start, end)', () => {
  it('quotes the span with up to 32 characters of context, within its line', () => {
    const text = 'Titre\nLes rebelles entrent dans Hama le 5 décembre, selon l’OSDH.\nFin';
    const start = text.indexOf('Hama');
    const { quote, position } = textSelectors(text, start, start + 4);
    expect(quote).toEqual({ type: 'TextQuoteSelector', exact: 'Hama', prefix: 'Les rebelles entrent dans ', suffix: ' le 5 décembre, selon l’OSDH.' });
    expect(position).toEqual({ type: 'TextPositionSelector', start, end: start + 4 });
  });

  it('widens the context past the line until prefix, exact and suffix occur once', () => {
    const text = 'A\nHama\nB\nHama\nC';
    const { quote } = textSelectors(text, 9, 13);
    expect(occurrences(text, `${quote.prefix ?? ''}${quote.exact}${quote.suffix ?? ''}`)).toBe(1);
  });

  it('counts positions in code points, as the Web Annotation model requires', async () => {
    const text = '😀 Alep 😀 Alep';
    const start = text.lastIndexOf('Alep');
    const { quote, position } = textSelectors(text, start, start + 4);
    expect(position).toEqual({ type: 'TextPositionSelector', start: 9, end: 13 });
    expect([...text].slice(position.start, position.end).join('')).toBe('Alep');
    expect(await anchor(quote, text)).toEqual([{ start, end: start + 4 }]);
  });

  it('refuses an empty or out-of-range span', () => {
    expect(() => textSelectors('abc', 2, 2)).toThrow(/Unexpected span/);
    expect(() => textSelectors('abc', 1, 9)).toThrow(/Unexpected span/);
  });
});

describe('codePoints(text, offset)', () => {
  it('counts a surrogate pair once', () => {
    expect(codePoints('a😀b', 3)).toBe(2);
    expect(codePoints('abc', 2)).toBe(2);
  });
});
