import { frenchList, frenchSpacing, plural } from '../text/typography';
import { shortDay } from './numbers';
import type { StatementsTimeline } from './statements-timeline';
import { symbols, symbolText } from './symbols';
import type { CorroborationMatrix } from './corroboration';
import type { Network } from './co-mentions';
import type { SourceVoices } from './source-voices';
import type { PlaceStatus } from './map';

/**
 * What each chart says, written from its data: the figure's description for screen readers and
 * the reading guide of /graphiques/. No finding or number is typed by hand, so none goes stale
 * when the corpus grows.
 */

/** A guide's sentences with French spacing, a full stop doubled by joining parts folded into one. */
function guideText(text: string): string {
  return frenchSpacing(text.replace(/\.\.(?!\.)/g, '.'));
}

/** Most statements a timeline cell shows one by one. */
export const marksPerCell = 4;

export function timelineDescription(chart: StatementsTimeline, { marksPerCell: perCell }: { marksPerCell: number }): string {
  const first = chart.columns[0];
  const last = chart.columns.at(-1);
  const crowded = chart.clusters.length > 0;
  // perCell 0: the summary, every cell a count.
  const symbolsText = perCell === 0 ? 'le nombre de déclarations d’un auteur chaque jour, dans un cadre' : `${symbolText('quote-direct')}, ${symbolText('quote-reported')}${crowded ? ` ; au-delà de ${perCell} déclarations d’un auteur le même jour, leur nombre dans un cadre` : ''}`;
  return guideText(
    `${plural(chart.statementCount, 'déclaration')} ${chart.rows.length > 1 ? `de ${chart.rows.length} auteurs` : ''}, une ligne par auteur, une colonne par jour${first && last ? ` du ${shortDay(first.date)} au ${shortDay(last.date)}` : ''} ; ${symbolsText}.`.replace(/ {2,}/g, ' ').replace(' ,', ','),
  );
}

/** The reading guide of "Qui parle, et quand": who speaks most, on which days, how many undated. */
export function timelineGuide(chart: StatementsTimeline, options: { undated: number; perCell: number; name: (id: string | null) => string }): string {
  const bySpeaker = new Map<string | null, number>();
  for (const cell of chart.cells) bySpeaker.set(cell.speaker, (bySpeaker.get(cell.speaker) ?? 0) + cell.count);
  const top = [...bySpeaker].filter(([speaker]) => speaker !== null).sort((a, b) => b[1] - a[1] || options.name(a[0]).localeCompare(options.name(b[0]), 'fr')).slice(0, 3);
  const byDay = new Map<string, number>();
  for (const cell of chart.cells) byDay.set(cell.date, (byDay.get(cell.date) ?? 0) + cell.count);
  const busiest = [...byDay].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0];
  const parts = [
    `Chaque ligne est l’un des ${chart.rows.length} auteurs de déclaration, chaque colonne l’un des ${chart.columns.length} jours, du ${shortDay(chart.columns[0]!.date)} au ${shortDay(chart.columns.at(-1)!.date)}.`,
    `Un rond plein signale une citation entre guillemets, un carré vide des propos rapportés ; une marque mène au passage surligné dans sa source, et au-delà de ${options.perCell} déclarations d’un même auteur le même jour, un cadre en donne le nombre et mène à la page du jour.`,
    top.length > 0 ? `Ceux qui parlent le plus : ${frenchList(top.map(([speaker, count]) => `${options.name(speaker)} (${plural(count, 'déclaration')})`))}.` : '',
    busiest ? `Le jour le plus chargé est le ${shortDay(busiest[0])}, avec ${plural(busiest[1], 'déclaration')}.` : '',
    options.undated > 0 ? `${options.undated === 1 ? 'Une déclaration que sa phrase ne date pas est placée' : `${options.undated} déclarations que leur phrase ne date pas sont placées`} au jour de publication de l’article : ${options.undated === 1 ? 'elle peut être plus ancienne' : 'elles peuvent être plus anciennes'}.` : '',
  ];
  return guideText(parts.filter(Boolean).join(' '));
}

/** Under the timeline's summary: whom it shows, and where the whole timeline is (the link follows). */
export function timelineSummaryNote({ shown, speakers, pages }: { shown: number; speakers: number; pages: number }): string {
  return guideText(
    `Ici, les ${shown} auteurs qui parlent le plus, sur ${speakers} ; chaque cadre donne le nombre de déclarations d’un auteur ce jour-là et mène aux déclarations du jour. La frise complète, chaque auteur sur sa ligne et chaque déclaration marquée, tient ${pages > 1 ? `sur ${plural(pages, 'page')}` : 'sur une page'} :`,
  );
}

/** Under the matrix's summary: what a cell counts, and where the whole matrix is (the link follows). */
export function matrixSummaryNote({ events, pages }: { events: number; pages: number }): string {
  return guideText(
    `Ici, un cadre par jour et par média : combien des événements du jour le média rapporte. Chaque jour mène à sa place dans la matrice complète, qui montre les ${events} événements un par un, avec la position de chaque source${pages > 1 ? `, sur ${plural(pages, 'page')}` : ''} :`,
  );
}

/** The description of the matrix's summary, for screen readers. */
export function matrixSummaryDescription({ rows, columns, events }: { rows: number; columns: number; events: number }): string {
  return guideText(`${plural(events, 'événement')} regroupés en ${rows} lignes, une par jour de la période (les jours hors de la période regroupés), et ${plural(columns, 'média')} (colonnes) ; dans chaque case, le nombre d’événements du jour que le média rapporte.`);
}

/** Events per number of outlets that report them, and the disputed ones. */
function corroborationCounts(matrix: CorroborationMatrix) {
  const outlets = new Map<string, number>();
  for (const cell of matrix.cells) outlets.set(cell.event, (outlets.get(cell.event) ?? 0) + 1);
  const single = matrix.rows.filter((row) => (outlets.get(row.event) ?? 0) === 1).length;
  const several = matrix.rows.filter((row) => (outlets.get(row.event) ?? 0) > 1).length;
  const perColumn = matrix.columns.map((column) => ({ label: column.label, count: matrix.cells.filter((cell) => cell.column === column.id).length }));
  return { single, several, disputed: matrix.rows.filter((row) => row.disputed).length, background: matrix.rows.filter((row) => row.background).length, perColumn };
}

export function matrixDescription(matrix: CorroborationMatrix): string {
  const counts = corroborationCounts(matrix);
  return guideText(
    `${plural(matrix.rows.length, 'événement')} (lignes), dont ${plural(counts.background, 'événement')} de contexte, et ${plural(matrix.columns.length, 'média')} (colonnes) ; là où un média rapporte l’événement, un symbole dit comment : ${symbolText('stance-reports')}, ${symbolText('stance-claims')}, ${symbolText('stance-confirms')}, ${symbolText('stance-denies')}. ${symbols.disputed.glyph} devant un titre : les sources divergent sur cet événement (${counts.disputed}).`,
  );
}

export function matrixGuide(matrix: CorroborationMatrix): string {
  const counts = corroborationCounts(matrix);
  const ranked = [...counts.perColumn].sort((a, b) => b.count - a.count || a.label.localeCompare(b.label, 'fr'));
  const parts = [
    `Chaque ligne est l’un des ${matrix.rows.length} événements de la chronologie, ceux de contexte compris (${counts.background}), chaque colonne l’un des ${matrix.columns.length} médias, tous ses articles confondus.`,
    `${counts.several} événements sont rapportés par plusieurs médias, ${counts.single} par un seul : ceux-là ne sont pas faux pour autant, mais ils ne sont pas recoupés.`,
    ranked[0] ? `${ranked[0].label} en rapporte le plus (${ranked[0].count})${ranked.at(-1) && ranked.length > 1 ? `, ${ranked.at(-1)!.label} le moins (${ranked.at(-1)!.count})` : ''}.` : '',
    counts.disputed > 0 ? `Sur ${plural(counts.disputed, 'événement')}, marqués ${symbols.disputed.glyph}, les sources divergent.` : '',
  ];
  return guideText(parts.filter(Boolean).join(' '));
}

export function networkDescription(network: Network): string {
  const strongest = [...network.links].sort((a, b) => b.weight - a.weight)[0];
  const name = (id: string) => network.nodes.find((node) => node.id === id)?.name ?? id;
  return guideText(
    `${plural(network.nodes.length, 'acteur')}, un par ligne, et ${plural(network.links.length, 'arc')} : un arc relie deux acteurs nommés dans le même paragraphe au moins ${network.minWeight} fois, d’autant plus épais qu’ils le sont souvent (jusqu’à ${network.maxWeight}) ; le rond grossit avec le nombre de paragraphes où l’acteur est nommé.${strongest ? ` La paire la plus fréquente : ${name(strongest.source)} et ${name(strongest.target)} (${plural(strongest.weight, 'paragraphe')}).` : ''}`,
  );
}

export function networkGuide(network: Network): string {
  const name = (id: string) => network.nodes.find((node) => node.id === id)?.name ?? id;
  const degree = new Map<string, number>();
  for (const link of network.links) for (const id of [link.source, link.target]) degree.set(id, (degree.get(id) ?? 0) + 1);
  const hub = [...degree].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0];
  const pairs = [...network.links].sort((a, b) => b.weight - a.weight || a.source.localeCompare(b.source)).slice(0, 3);
  const parts = [
    `Chaque ligne est l’un des ${network.nodes.length} acteurs nommés le plus souvent avec d’autres ; un arc relie deux acteurs nommés dans le même paragraphe au moins ${network.minWeight} fois, et s’épaissit avec ce nombre. Les acteurs souvent nommés ensemble sont placés côte à côte.`,
    hub ? `L’acteur nommé avec le plus d’autres : ${name(hub[0])} (${hub[1]}).` : '',
    pairs.length > 0 ? `Les paires les plus fréquentes : ${frenchList(pairs.map((link) => `${name(link.source)} et ${name(link.target)} (${link.weight})`))}.` : '',
    'Le graphique ne dit pas qui s’allie à qui : il montre quels acteurs les sources associent dans leur récit.',
  ];
  return guideText(parts.filter(Boolean).join(' '));
}

export function voicesDescription(chart: SourceVoices): string {
  return guideText(
    `Pour les ${chart.rows.length} acteurs les plus présents et chacun des ${chart.columns.length} médias : une barre pleine proportionnelle au nombre de mentions, suivie de ce nombre, et une barre hachurée pour les déclarations, suivie de leur nombre.`,
  );
}

/** For each outlet, whom it names most and whom it makes speak most. */
export function voicesGuide(chart: SourceVoices): string {
  const name = (actor: string) => chart.rows.find((row) => row.actor === actor)?.name ?? actor;
  const perOutlet = chart.columns.map((column) => {
    const cells = chart.cells.filter((cell) => cell.column === column.id);
    const named = [...cells].sort((a, b) => b.mentions - a.mentions || a.actor.localeCompare(b.actor))[0];
    const speaker = [...cells].filter((cell) => cell.statements > 0).sort((a, b) => b.statements - a.statements || a.actor.localeCompare(b.actor))[0];
    if (!named || named.mentions === 0) return '';
    return `${column.label}, ${name(named.actor)} (${plural(named.mentions, 'mention')}) et ${speaker ? `${name(speaker.actor)} (${plural(speaker.statements, 'déclaration')})` : 'aucune déclaration'}`;
  });
  return guideText(
    `Pour chaque acteur et chaque média, la barre pleine compte les mentions, la barre hachurée les déclarations. Par média, l’acteur le plus nommé et celui qui parle le plus : ${perOutlet.filter(Boolean).join(' ; ')}.`,
  );
}

export function mapDescription(placeCount: number, statuses: readonly PlaceStatus[], day: string): string {
  const changed = statuses.filter((status) => status.status === 'changed').length;
  const disputed = statuses.filter((status) => status.status === 'disputed').length;
  return guideText(
    `La Syrie et ses voisins, avec les ${placeCount} lieux des sources placés à leurs coordonnées. Au soir du ${shortDay(day)}, ${plural(changed, 'lieu', 'lieux')} ${changed < 2 ? 'a' : 'ont'} changé de mains selon les sources (${symbols['place-changed'].glyph})${disputed > 0 ? `, ${disputed} ${disputed < 2 ? 'fait' : 'font'} l’objet de versions divergentes (${symbols.disputed.glyph})` : ''} ; les autres sont marqués ${symbols.place.glyph}.`,
  );
}

export function mapGuide(statuses: readonly PlaceStatus[], day: string, names: (id: string) => string, periodEnd: string): string {
  const changed = statuses.filter((status) => status.status === 'changed').map((status) => names(status.id));
  const parts = [
    `La carte place les lieux cités à leurs coordonnées ; les lieux trop proches pour être distingués sont repris, agrandis, dans un encadré. ${symbols['place-changed'].glyph} : le lieu a changé de mains selon les sources ; ${symbols.disputed.glyph} : les sources divergent.`,
    changed.length > 0 ? `Au soir du ${shortDay(day)}, ${plural(changed.length, 'lieu', 'lieux')} ${changed.length < 2 ? 'a' : 'ont'} changé de mains : ${frenchList(changed)}.` : '',
    day < periodEnd ? `La chronologie s’arrête au ${shortDay(day)} : les cartes aussi, même si la période étudiée court jusqu’au ${shortDay(periodEnd)}.` : '',
    'La carte ne dit pas qui tenait chaque lieu auparavant : elle ne montre que ce que les articles rapportent.',
  ];
  return guideText(parts.filter(Boolean).join(' '));
}
