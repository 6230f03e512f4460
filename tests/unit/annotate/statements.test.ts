import { describe, expect, it } from 'vitest';
import { findDates } from '../../../src/lib/annotate/dates';
import { newDiscourse, remember, resolveDescription } from '../../../src/lib/annotate/speakers';
import { findStatements } from '../../../src/lib/annotate/statements';
import { gazetteer, matcher } from './helpers';

function statements(text: string, previousSpeaker: string | null = null) {
  const mentions = matcher.find(text);
  const { expressions } = findDates(text, { published: '2024-12-14' });
  const discourse = newDiscourse();
  const previous = previousSpeaker ? gazetteer.entities.get(`actor:${previousSpeaker}`) : undefined;
  if (previous) {
    remember(discourse, previous);
    discourse.lastSpeaker = previous;
  }
  return findStatements(text, mentions, expressions, { discourse }).statements.map((statement) => ({
    kind: statement.kind,
    speaker: statement.speaker,
    date: statement.date?.value ?? null,
    text: text.slice(statement.start, statement.end),
  }));
}

describe('findStatements', () => {
  it('finds a quotation in French guillemets introduced by "a déclaré que"', () => {
    expect(statements('Maria Zakharova a déclaré lundi que « la situation reste très tendue dans le sud ».')).toEqual([
      { kind: 'direct', speaker: 'maria-zakharova', date: '2024-12-09', text: '« la situation reste très tendue dans le sud »' },
    ]);
  });

  it('finds a quotation in curly quotes followed by an inverted verb', () => {
    expect(statements('“Nous ne reculerons pas devant les menaces”, a affirmé mardi la diplomate Kaja Kallas.')).toEqual([
      { kind: 'direct', speaker: 'kaja-kallas', date: '2024-12-10', text: '“Nous ne reculerons pas devant les menaces”' },
    ]);
  });

  it('keeps a quotation that spans two sentences whole, and "- a déclaré" after it', () => {
    const text = '"Les forces se retirent de la ville. Elle pourrait tomber ce soir."- a déclaré dans le communiqué.';
    expect(statements(text)).toEqual([{ kind: 'direct', speaker: null, date: null, text: '"Les forces se retirent de la ville. Elle pourrait tomber ce soir."' }]);
  });

  it('finds reported speech after "a indiqué que", with the speaker in apposition', () => {
    expect(statements("Le porte-parole, Ahmed al-Charaa, a indiqué que les combattants avaient atteint Deraa.")).toEqual([
      { kind: 'reported', speaker: 'ahmed-al-charaa', date: null, text: 'les combattants avaient atteint Deraa' },
    ]);
  });

  it('attributes "selon X" at the start or at the end of a sentence', () => {
    expect(statements("Selon l'OSDH, les combats ont fait des dizaines de morts près de Hama.")).toEqual([
      { kind: 'reported', speaker: 'osdh', date: null, text: 'les combats ont fait des dizaines de morts près de Hama' },
    ]);
    expect(statements("Les rebelles contrôlent trois villages au sud de Deraa, selon l'Observatoire.")).toEqual([
      { kind: 'reported', speaker: 'osdh', date: null, text: 'Les rebelles contrôlent trois villages au sud de Deraa' },
    ]);
  });

  it('gives "il" and "a-t-elle déclaré" to the previous speaker', () => {
    expect(statements('« Le dialogue reste ouvert à toutes les parties », a-t-elle déclaré.', 'maria-zakharova')[0]!.speaker).toBe('maria-zakharova');
    expect(statements("Il a souligné que l'aide humanitaire devait passer par Deraa.", 'ahmed-al-charaa')[0]!.speaker).toBe('ahmed-al-charaa');
  });

  it('gives the statement to the source, not to the outlet that relays it', () => {
    expect(statements("L'agence SANA a rapporté qu'Ahmed al-Charaa avait déclaré que « la transition prendra des mois ».")).toEqual([
      { kind: 'direct', speaker: 'ahmed-al-charaa', date: null, text: '« la transition prendra des mois »' },
    ]);
  });

  it('splits two speakers in one sentence', () => {
    const found = statements("Kaja Kallas a réaffirmé le soutien de l'Union, tandis qu'Ahmed al-Charaa a promis des élections libres.");
    expect(found.map((statement) => [statement.speaker, statement.text])).toEqual([
      ['kaja-kallas', "le soutien de l'Union"],
      ['ahmed-al-charaa', 'des élections libres'],
    ]);
  });

  it('does not take a quoted word as a statement', () => {
    expect(statements('Les « rebelles » avancent vers Hama.')).toEqual([]);
  });

  it('ignores an impersonal passive with nobody named', () => {
    expect(statements('Il a été signalé que des tirs avaient été entendus à Deraa.')).toEqual([]);
  });

  it('finds nothing inside a quotation whose verb of saying has for subject a pronoun nothing before stands for', () => {
    expect(statements('« Ils affirment que tout va bien », a ironisé un habitant.').filter((statement) => statement.text.startsWith('tout'))).toEqual([]);
  });
});

describe('findStatements, constructions of wire French', () => {
  it('knows verbs of saying in any tense, mood and inversion', () => {
    expect(statements('« Nous tiendrons Deraa », a-t-elle martelé.', 'kaja-kallas')).toEqual([{ kind: 'direct', speaker: 'kaja-kallas', date: null, text: '« Nous tiendrons Deraa »' }]);
    expect(statements('« La route est coupée », explique-t-il.', 'ahmed-al-charaa')[0]!.speaker).toBe('ahmed-al-charaa');
    expect(statements("L'OSDH aurait affirmé que les rebelles contrôlaient Deraa.")[0]).toMatchObject({ speaker: 'osdh', text: 'les rebelles contrôlaient Deraa' });
    expect(statements("Après avoir annoncé que Deraa était tombée, Kaja Kallas a quitté la salle.")[0]).toMatchObject({ speaker: 'kaja-kallas', text: 'Deraa était tombée' });
  });

  it('takes a trailing verb and its subject after it', () => {
    expect(statements("Les combats ont repris près de Deraa, a indiqué samedi l'OSDH.")).toEqual([
      { kind: 'reported', speaker: 'osdh', date: '2024-12-14', text: 'Les combats ont repris près de Deraa' },
    ]);
  });

  it('takes the complement of a verb that has no "que"', () => {
    expect(statements('Kaja Kallas s’est dite prête à rencontrer les rebelles.')[0]).toMatchObject({ speaker: 'kaja-kallas', text: 'prête à rencontrer les rebelles' });
    expect(statements("L'OSDH a fait état de combats violents près de Deraa.")[0]).toMatchObject({ speaker: 'osdh', text: 'combats violents près de Deraa' });
    expect(statements('Israël a démenti toute frappe sur Deraa.')[0]).toMatchObject({ speaker: 'israel', text: 'toute frappe sur Deraa' });
  });

  it('gives a colon quotation to the name before the colon', () => {
    expect(statements('Réaction de Kaja Kallas : « Ce jour est historique. »')).toEqual([
      { kind: 'direct', speaker: 'kaja-kallas', date: null, text: '« Ce jour est historique. »' },
    ]);
  });

  it('keeps a partial quotation inside the reported clause', () => {
    expect(statements('Maria Zakharova a estimé que la situation était « explosive » à Deraa.')).toEqual([
      { kind: 'reported', speaker: 'maria-zakharova', date: null, text: 'la situation était « explosive » à Deraa' },
    ]);
  });

  it('takes the head of the subject, not a place that completes it', () => {
    expect(statements('Les forces loyalistes à Deraa ont annoncé avoir repoussé l’assaut.')[0]).toMatchObject({ speaker: null });
  });

  it('resolves a pronoun to the last actor it can stand for, by gender', () => {
    const text = 'Ahmed al-Charaa a reçu Kaja Kallas. Elle a affirmé que l’Union resterait engagée. Il a répondu que la transition serait ouverte.';
    expect(statements(text).map((statement) => statement.speaker)).toEqual(['kaja-kallas', 'ahmed-al-charaa']);
  });

  it('gives a pronoun after someone the registry does not know to nobody, not to an actor named before', () => {
    const text = "L'OSDH a recueilli le récit d'un habitant de Deraa. « Nous avons tout perdu », dit-il.";
    expect(statements(text).map((statement) => statement.speaker)).toEqual([null]);
  });

  it('gives a document to its author ("selon un bilan de l\'OSDH")', () => {
    expect(statements("Selon un bilan de l'OSDH, 90 personnes ont été tuées à Deraa.")[0]).toMatchObject({ speaker: 'osdh', text: '90 personnes ont été tuées à Deraa' });
  });

  it('keeps a subject whose apposition is a name the registry does not know', () => {
    expect(statements("Le porte-parole de l'OSDH, Karim Haddad, a affirmé que Deraa était calme.")[0]).toMatchObject({ speaker: 'osdh', text: 'Deraa était calme' });
  });

  it('dates the speech, not the event a relative clause tells', () => {
    expect(statements("L'OSDH, qui suit les combats depuis le 27 novembre, a indiqué mardi que Deraa était encerclée.")).toEqual([
      { kind: 'reported', speaker: 'osdh', date: '2024-12-10', text: 'Deraa était encerclée' },
    ]);
  });
  it('keeps an apposition with "au" in the subject ("une ONG basée au Liban, a fait état de …")', () => {
    expect(statements("L'OSDH, une ONG basée au Royaume-Uni, a fait état de 40 morts à Deraa.")).toEqual([
      { kind: 'reported', speaker: 'osdh', date: null, text: '40 morts à Deraa' },
    ]);
  });

  it('reads "rejeter", "faire valoir que" and "conseiller à X de" as verbs of saying', () => {
    expect(statements('Maria Zakharova a rejeté jeudi les accusations de Kaja Kallas.')[0]).toMatchObject({ speaker: 'maria-zakharova', text: 'les accusations de Kaja Kallas' });
    expect(statements('Kaja Kallas a fait valoir que les sanctions restaient en vigueur.')[0]).toMatchObject({ speaker: 'kaja-kallas', text: 'les sanctions restaient en vigueur' });
    expect(statements("L'UNRWA a conseillé lundi à son personnel de quitter Deraa.")[0]).toMatchObject({ speaker: 'unrwa', text: 'son personnel de quitter Deraa' });
  });

  it('reads "a-t-on appris de sources …" as a statement nobody of the registry makes, and "apprendre" alone as no statement', () => {
    expect(statements('Des renforts sont arrivés à Hama, a-t-on appris mardi de sources locales.')).toEqual([
      { kind: 'reported', speaker: null, date: '2024-12-10', text: 'Des renforts sont arrivés à Hama' },
    ]);
    expect(statements("L'OSDH a appris que des renforts étaient arrivés à Hama.")).toEqual([]);
  });
  it('reads a compound verb with an adverb or a stressed pronoun inside ("a d\'abord nié", "a, lui, salué")', () => {
    expect(statements("L'UNRWA a d'abord nié toute présence à Deraa.")[0]).toMatchObject({ speaker: 'unrwa', text: 'toute présence à Deraa' });
    expect(statements('Kaja Kallas a, elle, salué « un pas important » vers la paix.')[0]).toMatchObject({ speaker: 'kaja-kallas', text: '« un pas important » vers la paix' });
  });

  it('reads "Pour X, …" opening a sentence as the view of X when X is someone of the registry', () => {
    expect(statements('Pour Maria Zakharova, la situation à Deraa reste « sous contrôle ».')).toEqual([
      { kind: 'reported', speaker: 'maria-zakharova', date: null, text: 'la situation à Deraa reste « sous contrôle »' },
    ]);
    expect(statements('Pour les habitants de Deraa, la situation reste tendue.')).toEqual([]);
    expect(statements('Pour la première fois, l’OSDH a publié un bilan « complet ».').map((statement) => statement.speaker)).not.toContain(null);
  });

  it('reads "se dire" and "se montrer" with an adjective, and the quotation after "se montrer catégorique :"', () => {
    expect(statements('Les habitants de Deraa se sont dits terrifiés par les frappes.')[0]).toMatchObject({ speaker: null, text: 'terrifiés par les frappes' });
    expect(statements("L'UNRWA s'est dite mardi « prête » à rouvrir ses écoles.")[0]).toMatchObject({ speaker: 'unrwa', text: '« prête » à rouvrir ses écoles', date: '2024-12-10' });
    expect(statements('Joint par téléphone, Ahmed al-Charaa se montrait confiant : « Deraa sera libre demain. »')).toEqual([
      { kind: 'direct', speaker: 'ahmed-al-charaa', date: null, text: '« Deraa sera libre demain. »' },
    ]);
  });
  it('skips a day with its article between the verb and an infinitive ("a affirmé le 3 décembre avoir …")', () => {
    expect(statements("L'OSDH avait affirmé le 3 décembre avoir recensé 40 morts à Deraa.")).toEqual([
      { kind: 'reported', speaker: 'osdh', date: '2024-12-03', text: 'avoir recensé 40 morts à Deraa' },
    ]);
  });

  it('finds the speaker after the day of a trailing verb ("a lancé samedi un responsable de X": nobody named)', () => {
    expect(statements("« Nous tiendrons Deraa », a lancé samedi un responsable de HTS sous couvert d'anonymat.")[0]).toMatchObject({ speaker: null });
  });

  it('gives a participle the main verb\'s speaker, even when the registry does not know it', () => {
    const text = "L'ambassade d'Israël à Chypre a appelé lundi ses ressortissants à la prudence, en précisant que les vols restaient assurés.";
    expect(statements(text).map((statement) => statement.speaker)).toEqual([null, null]);
  });
  it('gives a title ("l\'émissaire de X", "le conseiller à …") to the last person named who holds it', () => {
    const text = "Ahmed al-Charaa a salué dimanche « un moment historique ». Le chef de HTS a appelé à l'unité. Le conseiller du groupe pour la Syrie a précisé que Deraa était calme.";
    expect(statements(text).map((statement) => statement.speaker)).toEqual(['ahmed-al-charaa', 'ahmed-al-charaa', 'ahmed-al-charaa']);
    expect(statements("Maria Zakharova a parlé lundi. Le chef de HTS a appelé à l'unité.")[0]).toMatchObject({ speaker: 'hts' });
  });

  it('gives "ils" and "eux" to who was last named in the plural, a group the registry does not know included', () => {
    expect(statements("Des soldats ont été interrogés par l'OSDH. Selon eux, leurs officiers avaient fui « les premiers ».")[0]).toMatchObject({ speaker: null });
    expect(statements("Les Casques blancs sont arrivés à Deraa, où l'UNRWA a fermé ses écoles. Ils ont affirmé que la ville était calme.").at(-1)).toMatchObject({ speaker: 'casques-blancs' });
  });
  it('leaves out of a reported clause a detached gloss without article in the writer\'s words, keeps one that quotes', () => {
    expect(statements("Kaja Kallas a déclaré que l'Union veut la paix à Deraa, objectif de longue date des Nations unies.")[0]).toMatchObject({ text: "l'Union veut la paix à Deraa" });
    expect(statements("Kaja Kallas a déclaré que les frappes ont repris, avec des dizaines de morts.")[0]).toMatchObject({ text: 'les frappes ont repris, avec des dizaines de morts' });
  });

  it('gives a verb without subject to the last speaker of the registry, past someone unnamed', () => {
    const text = "L'OSDH affirme que Deraa est encerclée. Certains analystes estiment que la ville peut tomber. \"Les rebelles avancent vers le centre.\" - a déclaré dans le message.";
    expect(statements(text).map((statement) => statement.speaker)).toEqual(['osdh', null, 'osdh']);
  });
  it('reads a sentence ended by ", a déclaré X" as X\'s words, a verb inside them without "que" included', () => {
    expect(statements("L'UNRWA espère rouvrir ses écoles de Deraa avant la fin du mois, a déclaré Kaja Kallas.")).toEqual([
      { kind: 'reported', speaker: 'kaja-kallas', date: null, text: "L'UNRWA espère rouvrir ses écoles de Deraa avant la fin du mois" },
    ]);
  });

  it('gives the verb after an inserted participial clause to the subject ("X, après avoir annoncé …, a accusé …")', () => {
    expect(statements("L'OSDH, après avoir annoncé un bilan de 40 morts, a accusé lundi l'armée syrienne de viser des civils à Deraa.")).toEqual([
      { kind: 'reported', speaker: 'osdh', date: null, text: 'un bilan de 40 morts' },
      { kind: 'reported', speaker: 'osdh', date: '2024-12-09', text: "l'armée syrienne de viser des civils à Deraa" },
    ]);
  });
  it('gives "Réaction de X, title of Y : « … »" to X, and ends the sentence with the quotation\'s closing mark', () => {
    const text = "Réaction de Kaja Kallas, la cheffe de la diplomatie de l'UNRWA : « Deraa doit être protégée. » Elle a également appelé à la retenue.";
    expect(statements(text)).toEqual([
      { kind: 'direct', speaker: 'kaja-kallas', date: null, text: '« Deraa doit être protégée. »' },
      { kind: 'reported', speaker: 'kaja-kallas', date: null, text: 'la retenue' },
    ]);
  });
  it('reads a clause with a verb after its named subject as what a trailing verb reports, partial quotation included', () => {
    expect(statements("L'UNRWA ne rouvrira pas, « pour l'instant », ses écoles de Deraa, a prévenu mardi Kaja Kallas.")).toEqual([
      { kind: 'reported', speaker: 'kaja-kallas', date: '2024-12-10', text: "L'UNRWA ne rouvrira pas, « pour l'instant », ses écoles de Deraa" },
    ]);
  });
  it('ends a noun complement before a relative clause of the speaker\'s, whose pronoun is the speaker', () => {
    const found = statements("Maria Zakharova conteste le bilan de l'OSDH, qu'elle juge « très exagéré ».");
    expect(found[0]).toMatchObject({ speaker: 'maria-zakharova', text: "le bilan de l'OSDH" });
    expect(found[1]).toMatchObject({ speaker: 'maria-zakharova', text: '« très exagéré »' });
  });
  it('reads "rapporter avoir", "évoquer", "se demander si", a relay "cité par" after the verb, and not "pourrait annoncer"', () => {
    expect(statements('Des habitants ont rapporté lundi avoir vu des chars quitter Deraa.')[0]).toMatchObject({ speaker: null, text: 'avoir vu des chars quitter Deraa' });
    expect(statements("L'UNRWA évoque désormais une « crise majeure » à Deraa.")[0]).toMatchObject({ speaker: 'unrwa', text: 'une « crise majeure » à Deraa' });
    expect(statements("Kaja Kallas s'est demandé mardi si l'UNRWA pourrait rester à Deraa.")[0]).toMatchObject({ speaker: 'kaja-kallas', text: "l'UNRWA pourrait rester à Deraa" });
    expect(statements("Ahmed al-Charaa a promis lundi, cité par l'OSDH, que Deraa serait épargnée.")[0]).toMatchObject({ speaker: 'ahmed-al-charaa', text: 'Deraa serait épargnée' });
    expect(statements("L'UNRWA pourrait annoncer lundi la fermeture de ses écoles.")).toEqual([]);
  });

  it('resolves "Il lui a assuré" and "le chercheur", "l\'ambassadrice" to the person named before', () => {
    expect(statements("Kaja Kallas a reçu Ahmed al-Charaa. Il lui a assuré que Deraa était calme.")[0]).toMatchObject({ speaker: 'ahmed-al-charaa' });
    expect(statements("Kaja Kallas est arrivée à Deraa. L'ambassadrice a affirmé que la ville était calme.")[0]).toMatchObject({ speaker: 'kaja-kallas' });
  });
  it('reads a name as the object before "de"/"à" ("a accusé Ankara de …", "a appelé Moscou et Téhéran à …")', () => {
    expect(statements('Kaja Kallas a accusé mardi Israël de bloquer l’aide destinée à Deraa.')[0]).toMatchObject({ speaker: 'kaja-kallas', text: 'Israël de bloquer l’aide destinée à Deraa' });
  });

  it('keeps a reported clause whose verb takes a quotation ("que la Turquie soutiendrait « … » syrienne") as one statement', () => {
    expect(statements("Kaja Kallas a affirmé que l'UNRWA soutiendrait « l'effort commun » à Deraa.")).toEqual([
      { kind: 'reported', speaker: 'kaja-kallas', date: null, text: "l'UNRWA soutiendrait « l'effort commun » à Deraa" },
    ]);
  });

  it('reads a judgement in quoted words as reported, and ends a noun complement before ", les jugeant"', () => {
    expect(statements("L'UNRWA a rejeté jeudi les accusations de HTS, les jugeant « sans fondement ».")).toMatchObject([
      { kind: 'reported', speaker: 'unrwa', text: 'les accusations de HTS' },
      { kind: 'reported', speaker: 'unrwa', text: '« sans fondement »' },
    ]);
  });

  it('keeps "depuis la veille" at the end of what was said', () => {
    expect(statements("L'UNRWA a reconnu dimanche avoir perdu le contact avec Deraa depuis la veille.")[0]).toMatchObject({ text: 'avoir perdu le contact avec Deraa depuis la veille', date: '2024-12-08' });
  });

  it('gives "a-t-on appris auprès de X" to X, and "d\'après le directeur de X" to the person named before who holds it', () => {
    expect(statements("Des renforts sont arrivés à Hama, a-t-on appris auprès de l'OSDH.")[0]).toMatchObject({ speaker: 'osdh' });
    expect(statements("Ahmed al-Charaa a été joint jeudi. D'après le chef de HTS, Hama est tombée.")[0]).toMatchObject({ speaker: 'ahmed-al-charaa', text: 'Hama est tombée' });
  });

  it('leaves a headline\'s label before its colon out of the subject and of what was said', () => {
    expect(statements("Deraa : l'UNRWA s'inquiète d'un « exode massif » de civils")[0]).toMatchObject({ speaker: 'unrwa' });
    expect(statements("Deraa : les forces gouvernementales auraient quitté la ville, selon l'OSDH")[0]).toMatchObject({ speaker: 'osdh', text: 'les forces gouvernementales auraient quitté la ville' });
  });
  it('finds the preposition a verb takes after an object holding other prepositions', () => {
    expect(statements("Kaja Kallas a exhorté jeudi les membres du Conseil de sécurité à protéger Deraa.")[0]).toMatchObject({ text: 'les membres du Conseil de sécurité à protéger Deraa' });
  });
});

describe('resolveDescription', () => {
  it('reads the feminine of a nationality ("la diplomatie turque") to find the compatriot named before', () => {
    const discourse = newDiscourse();
    remember(discourse, { kind: 'actor', id: 'fidan', name: 'Hakan Fidan', isPerson: true, gender: 'm', affiliation: 'turquie' });
    remember(discourse, { kind: 'actor', id: 'lavrov', name: 'Sergueï Lavrov', isPerson: true, gender: 'm', affiliation: 'russie' });
    expect(resolveDescription(discourse, 'Le chef de la diplomatie turque')?.id).toBe('fidan');
  });
});

describe('findStatements, clauses', () => {
  it('ends what was said at a semicolon outside quotation marks', () => {
    expect(statements("Kaja Kallas assura qu'elle resterait à Deraa ; elle partit le soir même.")[0]).toMatchObject({ text: "elle resterait à Deraa" });
  });

  it('leaves "Selon X, Y a déclaré que …" to Y, the source relaying', () => {
    expect(statements("Selon l'OSDH, Ahmed al-Charaa aurait déclaré samedi que Deraa « ne tomberait pas ».")).toEqual([
      { kind: 'reported', speaker: 'ahmed-al-charaa', date: '2024-12-14', text: 'Deraa « ne tomberait pas »' },
    ]);
  });

  it('splits two clauses at the comma before the second subject ("Tandis que X annonçait …, l\'OSDH faisait état …")', () => {
    expect(statements("Tandis que l'UNRWA annonçait des « progrès », l'OSDH faisait état mardi de combats à Deraa.")).toMatchObject([
      { speaker: 'unrwa', text: 'des « progrès »' },
      { speaker: 'osdh', text: 'combats à Deraa' },
    ]);
  });

  it('reads participles listed after one auxiliary, with commas ("a salué X, appelé à Y et promis Z")', () => {
    expect(statements("L'UNRWA a salué lundi la trêve, appelé à la retenue et promis une aide.").map((statement) => statement.text)).toEqual(['la trêve', 'la retenue', 'une aide']);
  });

  it('reads no statement in a negated verb with a noun complement, and keeps a negated verb with "que"', () => {
    expect(statements("L'OSDH ne mentionne pas Deraa.")).toEqual([]);
    expect(statements('Kaja Kallas n’a pas démenti ces informations.')).toEqual([]);
    expect(statements("Kaja Kallas n'a pas affirmé que Deraa était tombée.")).toMatchObject([{ text: 'Deraa était tombée' }]);
  });
  it('keeps a day with its article inside a noun phrase ("l\'offensive lancée le 27 novembre"), and an apposition after "d\'après X"', () => {
    expect(statements("Kaja Kallas a démenti toute implication dans l'offensive lancée le 27 novembre.")[0]).toMatchObject({ text: "toute implication dans l'offensive lancée le 27 novembre" });
    expect(statements("D'après Ahmed al-Charaa, chef de HTS, les rebelles se trouvaient près de Deraa.")[0]).toMatchObject({ speaker: 'ahmed-al-charaa', text: 'les rebelles se trouvaient près de Deraa' });
  });
  it('reads the speaker after a medium ("a écrit sur Telegram X"), past a relative clause ("X, qui …, a déclaré"), and "ce dernier"', () => {
    expect(statements('« Deraa est libre », a écrit sur Telegram Ahmed al-Charaa, chef de HTS.')[0]).toMatchObject({ speaker: 'ahmed-al-charaa' });
    expect(statements('Kaja Kallas, qui a rencontré Ahmed al-Charaa, a déclaré que Deraa était calme.')[0]).toMatchObject({ speaker: 'kaja-kallas' });
    expect(statements('Kaja Kallas a reçu Ahmed al-Charaa. Ce dernier a assuré que Deraa était calme.')[0]).toMatchObject({ speaker: 'ahmed-al-charaa' });
  });

  it('skips a place before the preposition a verb takes, ends at "aux côtés de", and reads "répliquer", "a quant à elle affirmé"', () => {
    expect(statements("Kaja Kallas a appelé mardi à Bruxelles à une trêve à Deraa, aux côtés de Maria Zakharova.")[0]).toMatchObject({ text: 'une trêve à Deraa' });
    expect(statements("Maria Zakharova a répliqué que ces propos relevaient du « cynisme ».")[0]).toMatchObject({ speaker: 'maria-zakharova', text: 'ces propos relevaient du « cynisme »' });
    expect(statements("Ahmed al-Charaa a reçu Kaja Kallas. Sa collègue a quant à elle affirmé que Deraa était calme.")[0]).toMatchObject({ speaker: 'kaja-kallas' });
  });
  it('reads a bare title in apposition after "selon X" as X\'s, never a quantity ("selon X, plus de 400 personnes …")', () => {
    expect(statements("Selon Ahmed al-Charaa, chef de HTS, la ville est calme.")[0]).toMatchObject({ speaker: 'ahmed-al-charaa', text: 'la ville est calme' });
    expect(statements("Selon l'OSDH, plus de 400 personnes, dont 60 civils, ont été tuées à Deraa.")[0]).toMatchObject({ speaker: 'osdh', text: 'plus de 400 personnes, dont 60 civils, ont été tuées à Deraa' });
  });
});

describe('findStatements, speech reported inside a quotation', () => {
  it('finds the statements a quoted message reports, each with its own speaker, inside the quotation', () => {
    const text = "« L'Observatoire rapporte que les forces se retirent de Hama. Des témoins affirment que la ville pourrait tomber ce soir », a déclaré Ahmed al-Charaa.";
    expect(statements(text)).toEqual([
      { kind: 'direct', speaker: 'ahmed-al-charaa', date: null, text: "« L'Observatoire rapporte que les forces se retirent de Hama. Des témoins affirment que la ville pourrait tomber ce soir »" },
      { kind: 'reported', speaker: 'osdh', date: null, text: 'les forces se retirent de Hama' },
      { kind: 'reported', speaker: null, date: null, text: 'la ville pourrait tomber ce soir' },
    ]);
  });

  it('reads "selon X" inside a quotation as X speaking', () => {
    const text = "Maria Zakharova a écrit : « Selon l'OSDH, les combats ont repris près de Deraa. »";
    expect(statements(text)).toEqual([
      { kind: 'direct', speaker: 'maria-zakharova', date: null, text: "« Selon l'OSDH, les combats ont repris près de Deraa. »" },
      { kind: 'reported', speaker: 'osdh', date: null, text: 'les combats ont repris près de Deraa' },
    ]);
  });

  it('finds nothing more in a quotation whose speaker reports their own words ("je vous assure que", "nous affirmons que")', () => {
    expect(statements('« Je vous assure que nous tiendrons la ville », a déclaré Ahmed al-Charaa.')).toEqual([
      { kind: 'direct', speaker: 'ahmed-al-charaa', date: null, text: '« Je vous assure que nous tiendrons la ville »' },
    ]);
    expect(statements('Kaja Kallas a déclaré : « Nous affirmons que le dialogue reste ouvert. »')).toEqual([
      { kind: 'direct', speaker: 'kaja-kallas', date: null, text: '« Nous affirmons que le dialogue reste ouvert. »' },
    ]);
  });

  it('finds nothing more in a quotation without a verb of saying, nor in a verb that reports nothing there ("jugera X sur ses actes")', () => {
    expect(statements("« Les forces se retirent de Hama et la ville pourrait tomber ce soir », a déclaré Ahmed al-Charaa.")).toHaveLength(1);
    expect(statements("« L'Observatoire jugera les nouveaux dirigeants sur leurs actes », a déclaré Kaja Kallas.")).toHaveLength(1);
  });

  it('finds nothing more in what the quoted speaker was told ("on m’a dit qu’…")', () => {
    expect(statements('« On m’a dit qu’il était vivant », a raconté Kaja Kallas.')).toHaveLength(1);
  });
});
