import { describe, expect, it } from 'vitest';
import { mentionsOf } from './helpers';

describe('findMentions', () => {
  it('finds a name after an elided article, with straight or curly apostrophes', () => {
    expect(mentionsOf("Selon l'OSDH, d’HTS et qu'Israël.")).toEqual(['OSDH→osdh', 'HTS→hts', 'Israël→israel']);
  });

  it('prefers the longest name at a position', () => {
    expect(mentionsOf("L'Armée nationale syrienne et l'armée syrienne")).toEqual(['Armée nationale syrienne→ans', 'armée syrienne→armee-syrienne']);
    expect(mentionsOf('la province de Deraa puis Deraa')).toEqual(['province de Deraa→gouvernorat-deraa', 'Deraa→deraa']);
  });

  it('never matches inside a longer word', () => {
    expect(mentionsOf('Le Hamas et les hamacs, la Hamaoui')).toEqual([]);
    expect(mentionsOf('Les SAAB et ANSI')).toEqual([]);
  });

  it('matches hyphenated names whole, and names after a hyphen', () => {
    expect(mentionsOf('Hayat Tahrir al-Cham et le chef al-Charaa')).toEqual(['Hayat Tahrir al-Cham→hts', 'al-Charaa→ahmed-al-charaa']);
    expect(mentionsOf('des groupes pro-Israël')).toEqual(['Israël→israel']);
  });

  it('accepts a capital or small first letter, but never a lower-case acronym', () => {
    expect(mentionsOf("L'Observatoire puis l'observatoire")).toEqual(['Observatoire→osdh', 'observatoire→osdh']);
    expect(mentionsOf('il y a trois ans et dix sana')).toEqual([]);
    expect(mentionsOf("l'agence Sana et l'Unrwa")).toEqual(['Sana→sana', 'Unrwa→unrwa']);
  });

  it('matches only the listed inflections', () => {
    expect(mentionsOf('une famille alaouite, des villages alaouites, des alaouitismes')).toEqual(['alaouite→alaouites', 'alaouites→alaouites']);
  });

  it('reads a headline in capitals ignoring case and accents', () => {
    expect(mentionsOf('RENFORTS D’ISRAËL À DERAA ET QOUNEITRA')).toEqual(['ISRAËL→israel', 'DERAA→deraa', 'QOUNEITRA→quneitra']);
  });

  it('tolerates line breaks and no-break spaces inside a name', () => {
    expect(mentionsOf('Maria\u00a0Zakharova et Kaja\nKallas')).toEqual(['Maria\u00a0Zakharova→maria-zakharova', 'Kaja\nKallas→kaja-kallas']);
  });
});
