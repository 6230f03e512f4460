// @ts-check
/**
 * The search page's only script (served as is, not bundled): queries the static Pagefind index of
 * the site and lists the results as links to their passage. Without JavaScript, the page says how
 * to find things otherwise.
 */
const form = /** @type {HTMLFormElement | null} */ (document.querySelector('#recherche-formulaire'));
const input = /** @type {HTMLInputElement | null} */ (document.querySelector('#recherche-champ'));
const list = document.querySelector('#recherche-resultats');
const status = document.querySelector('#recherche-etat');
const base = document.documentElement.dataset.base ?? '/';

/** @type {Promise<any> | undefined} */
let pagefind;
const load = () => (pagefind ??= import(`${base}pagefind/pagefind.js`));

/** Pagefind's excerpts are escaped text with <mark> around the matches: keep only that markup. */
function excerptNodes(/** @type {string} */ html) {
  return html.split(/<\/?mark>/).map((part, index) => {
    const text = document.createTextNode(new DOMParser().parseFromString(part, 'text/html').documentElement.textContent ?? '');
    if (index % 2 === 0) return text;
    const mark = document.createElement('mark');
    mark.append(text);
    return mark;
  });
}

async function run(/** @type {string} */ query) {
  if (!list || !status) return;
  list.replaceChildren();
  if (query.trim() === '') {
    status.textContent = '';
    return;
  }
  status.textContent = 'Recherche…';
  const search = await (await load()).search(query);
  const results = await Promise.all(search.results.slice(0, 20).map((/** @type {any} */ result) => result.data()));
  const count = search.results.length;
  status.textContent = count === 0 ? `Aucun résultat pour « ${query} ».` : `${count} ${count > 1 ? 'pages trouvées' : 'page trouvée'} pour « ${query} ».`;
  for (const result of results) {
    const target = result.sub_results?.[0] ?? { url: result.url, title: result.meta.title, excerpt: result.excerpt };
    const item = document.createElement('li');
    const link = document.createElement('a');
    link.href = target.url;
    link.textContent = result.meta.title ?? target.title;
    const excerpt = document.createElement('p');
    excerpt.append(...excerptNodes(target.excerpt));
    item.append(link, excerpt);
    list.append(item);
  }
}

if (form && input) {
  const initial = new URLSearchParams(location.search).get('q') ?? '';
  input.value = initial;
  void run(initial);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    history.replaceState(null, '', `?q=${encodeURIComponent(input.value)}`);
    void run(input.value);
  });
}
