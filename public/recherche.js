// @ts-check
/**
 * The search page's only script (served as is, not bundled): queries the site's static Pagefind
 * index as the reader types, lists the source articles first (the pages are tagged with the
 * Pagefind filter `genre`, see src/lib/site/search.ts), then the other pages by relevance, ten at
 * a time with a button for the next ones, each linked to the passage that matches. Without
 * JavaScript the form still submits, and the page offers an index of names instead.
 */
const form = /** @type {HTMLFormElement | null} */ (document.querySelector('#recherche-formulaire'));
const input = /** @type {HTMLInputElement | null} */ (document.querySelector('#recherche-champ'));
const list = /** @type {HTMLOListElement | null} */ (document.querySelector('#recherche-resultats'));
const status = document.querySelector('#recherche-etat');
const more = /** @type {HTMLButtonElement | null} */ (document.querySelector('#recherche-plus'));
const base = document.documentElement.dataset.base ?? '/';

const pageSize = 10;
const typingDelay = 250;
const NBSP = '\u00a0';

/** @type {Promise<any> | undefined} */
let pagefind;
const load = () => (pagefind ??= import(`${base}pagefind/pagefind.js`));

/** The results of the query on screen, in their order, and how many are shown. */
let current = { query: '', results: /** @type {any[]} */ ([]), shown: 0 };
/** Each run gets a number: a slower, older run never paints over a newer one. */
let runs = 0;

/** Pagefind's excerpts are escaped text with <mark> around the matches: keep only that markup. */
function excerptNodes(/** @type {string} */ html) {
  const template = document.createElement('template');
  template.innerHTML = html;
  return [...template.content.childNodes].map((node) => {
    if (node.nodeName !== 'MARK') return document.createTextNode(node.textContent ?? '');
    const mark = document.createElement('mark');
    mark.textContent = node.textContent;
    return mark;
  });
}

const weightOf = (/** @type {{ weighted_locations?: { weight: number }[] }} */ part) => (part.weighted_locations ?? []).reduce((sum, location) => sum + location.weight, 0);

/** An anchor a result may lead to: a paragraph with its own link (`#p-…`), or a disclosure (the names a source cites), which the browser opens on arrival. */
const isPassage = (/** @type {{ id: string, element: string }} */ anchor) => (anchor.element === 'p' && anchor.id.startsWith('p-')) || anchor.element === 'details';

/**
 * Where a result leads: the section of the page whose matches weigh most (the text of a source
 * outweighs its lists of names), and within it the passage of the first match.
 */
function target(/** @type {any} */ data) {
  /** @type {any[]} */
  const sections = data.sub_results?.length ? data.sub_results : [{ url: data.url, excerpt: data.excerpt, locations: data.locations, weighted_locations: data.weighted_locations }];
  const best = sections.reduce((chosen, section) => (weightOf(section) > weightOf(chosen) ? section : chosen));
  const first = Math.min(...(best.locations ?? [Infinity]));
  const hash = new URL(best.url, location.href).hash.slice(1);
  /** @type {{ id: string, element: string, location: number }[]} */
  const anchors = data.anchors ?? [];
  const start = anchors.find((anchor) => anchor.id === hash)?.location ?? 0;
  const passage = anchors.filter((anchor) => isPassage(anchor) && anchor.location >= start && anchor.location <= first).at(-1);
  return { url: passage ? `${data.url}#${passage.id}` : best.url, excerpt: best.excerpt ?? data.excerpt };
}

async function showMore(/** @type {number} */ run) {
  if (!list || !more) return;
  const batch = current.results.slice(current.shown, current.shown + pageSize);
  const items = await Promise.all(batch.map((result) => result.data()));
  if (run !== runs) return;
  const links = items.map((data) => {
    const { url, excerpt } = target(data);
    const item = document.createElement('li');
    const kind = document.createElement('span');
    kind.className = 'search-kind';
    kind.textContent = data.meta.genre ?? '';
    const link = document.createElement('a');
    link.href = url;
    link.textContent = data.meta.title ?? url;
    const text = document.createElement('p');
    text.append(...excerptNodes(excerpt));
    item.append(kind, link, text);
    list.append(item);
    return link;
  });
  current.shown += batch.length;
  const left = current.results.length - current.shown;
  more.hidden = left === 0;
  more.textContent = `Afficher ${Math.min(left, pageSize)} résultat${left > 1 ? 's' : ''} de plus (${current.shown} sur ${current.results.length} affichés)`;
  return links[0];
}

function summary(/** @type {string} */ query, /** @type {number} */ count, /** @type {number} */ sources) {
  const quoted = `«${NBSP}${query}${NBSP}»`;
  if (count === 0) return `Aucun résultat pour ${quoted}.`;
  const pages = `${count} ${count > 1 ? 'pages trouvées' : 'page trouvée'} pour ${quoted}`;
  if (sources === 0) return `${pages}, aucune parmi les sources.`;
  if (sources === count) return count > 1 ? `${pages}, toutes des sources.` : `${pages}${NBSP}: une source.`;
  return `${pages}, dont ${sources > 1 ? `${sources} sources` : 'une source'}, en tête de liste.`;
}

async function run(/** @type {string} */ query, /** @type {{ debounce: boolean }} */ options) {
  if (!list || !status || !more) return;
  const term = query.trim();
  const run = ++runs;
  if (term === '') {
    current = { query: '', results: [], shown: 0 };
    list.replaceChildren();
    more.hidden = true;
    status.textContent = '';
    return;
  }
  const index = await load();
  const all = options.debounce ? await index.debouncedSearch(term, {}, typingDelay) : await index.search(term);
  if (all === null || run !== runs) return;
  const sources = await index.search(term, { filters: { genre: 'source' } });
  if (run !== runs) return;
  const sourceIds = new Set(sources.results.map((/** @type {any} */ result) => result.id));
  current = { query: term, results: [...sources.results, ...all.results.filter((/** @type {any} */ result) => !sourceIds.has(result.id))], shown: 0 };
  list.replaceChildren();
  await showMore(run);
  if (run !== runs) return;
  status.textContent = summary(term, current.results.length, sources.results.length);
}

function remember(/** @type {string} */ query) {
  const address = new URL(location.href);
  if (query.trim() === '') address.searchParams.delete('q');
  else address.searchParams.set('q', query);
  history.replaceState(null, '', address);
}

if (form && input && more) {
  const initial = new URLSearchParams(location.search).get('q') ?? '';
  input.value = initial;
  void run(initial, { debounce: false });
  input.addEventListener('focus', () => void load().then((index) => index.init()), { once: true });
  input.addEventListener('input', () => {
    remember(input.value);
    void run(input.value, { debounce: true });
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    remember(input.value);
    void run(input.value, { debounce: false });
  });
  more.addEventListener('click', async () => {
    const first = await showMore(runs);
    first?.focus();
  });
}
