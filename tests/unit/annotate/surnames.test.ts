import { describe, expect, it } from 'vitest';
import type { Entity, Gazetteer } from '../../../src/lib/annotate/gazetteer';
import { compileMentionMatcher } from '../../../src/lib/annotate/mentions';
import { newSurnameMemory, peopleBySurname, resolveSurnames, surnameKey } from '../../../src/lib/annotate/surnames';

const person = (id: string, name: string): Entity => ({ kind: 'actor', id, name, isPerson: true });
const bachar = person('bachar-al-assad', 'Bachar al-Assad');
const hafez = person('hafez-al-assad', 'Hafez al-Assad');
const gazetteer: Gazetteer = {
  entities: new Map([bachar, hafez].map((entity) => [`actor:${entity.id}`, entity])),
  forms: [
    { form: 'Bachar al-Assad', entity: bachar },
    { form: 'Assad', entity: bachar },
    { form: 'Hafez al-Assad', entity: hafez },
  ],
};
const matcher = compileMentionMatcher(gazetteer);
const people = peopleBySurname(gazetteer);

function read(...blocks: string[]) {
  const memory = newSurnameMemory();
  return blocks.map((text) => {
    const { mentions, ambiguous } = resolveSurnames(text, matcher.find(text), people, memory);
    return { mentions: mentions.map((mention) => [text.slice(mention.start, mention.end), mention.entity.id]), ambiguous: ambiguous.map((mention) => mention.text) };
  });
}

describe('surnameKey(name)', () => {
  it('drops the Arabic article of the last word', () => {
    expect([surnameKey('Bachar al-Assad'), surnameKey('Bachar el-Assad'), surnameKey('Assad')]).toEqual(['assad', 'assad', 'assad']);
  });
});

describe('resolveSurnames(text, mentions, people, memory)', () => {
  it('gives a surname alone to the person of that name named in full last', () => {
    expect(read('Hafez al-Assad a gouverné trente ans.', 'Assad est mort en 2000.')[1]!.mentions).toEqual([['Assad', 'hafez-al-assad']]);
  });

  it('never reads a family as one of its members', () => {
    expect(read('La famille Assad a quitté Damas, comme les Assad avant eux.')[0]!.mentions).toEqual([]);
  });

  it('warns when the text has not said which of two people sharing a surname it means', () => {
    expect(read('Assad a fui.')[0]).toEqual({ mentions: [['Assad', 'bachar-al-assad']], ambiguous: ['Assad'] });
  });

  it('keeps two people who share a surname apart, and warns once both are named', () => {
    const [first, second] = read('Bachar al-Assad a succédé à Hafez al-Assad.', 'Assad a réformé peu.');
    expect(first!.mentions).toEqual([['Bachar al-Assad', 'bachar-al-assad'], ['Hafez al-Assad', 'hafez-al-assad']]);
    expect(second).toEqual({ mentions: [['Assad', 'hafez-al-assad']], ambiguous: ['Assad'] });
  });
});
