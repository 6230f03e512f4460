import { describe, expect, it } from 'vitest';
import type { SiteProject } from '../../../src/lib/content/project';
import { nameIndex } from '../../../src/lib/site/name-index';

const entry = <Data,>(id: string, data: Data) => [id, { id, file: `${id}.yaml`, data }] as const;

describe('nameIndex(project)', () => {
  it('lists every name and other spelling in French alphabetical order, each spelling pointing to the page of its name', () => {
    const project = {
      actors: new Map([entry('hts', { name: 'Hayat Tahrir al-Cham', aliases: ['HTS'] }), entry('ei', { name: 'État islamique', aliases: [] })]),
      places: new Map([entry('rastan', { name: 'Rastan', aliases: ['Rasten'] })]),
      glossary: new Map([entry('alaouites', { term: 'Alaouites', aliases: ['alaouite'] })]),
    } as unknown as SiteProject;
    expect(nameIndex(project).map((line) => [line.label, line.path, line.seeName])).toEqual([
      ['alaouite', '/glossaire/#alaouites', 'Alaouites'],
      ['Alaouites', '/glossaire/#alaouites', undefined],
      ['État islamique', '/acteurs/ei/', undefined],
      ['Hayat Tahrir al-Cham', '/acteurs/hts/', undefined],
      ['HTS', '/acteurs/hts/', 'Hayat Tahrir al-Cham'],
      ['Rastan', '/lieux/rastan/', undefined],
      ['Rasten', '/lieux/rastan/', 'Rastan'],
    ]);
  });
});
