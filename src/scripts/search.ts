/**
 * The search page's only script: queries the static Pagefind index of the site and lists the
 * results as links to their passage. Without JavaScript, the page says how to search otherwise.
 */
interface PagefindResult {
  url: string;
  excerpt: string;
  meta: { title?: string };
  sub_results?: { url: string; title: string; excerpt: string }[];
}
interface Pagefind {
  search(query: string): Promise<{ results: { data(): Promise<PagefindResult> }[] }>;
}

const form = document.querySelector<HTMLFormElement>('#recherche-formulaire');
const input = document.querySelector<HTMLInputElement>('#recherche-champ');
const list = document.querySelector<HTMLOListElement>('#recherche-resultats');
const status = document.querySelector<HTMLParagraphElement>('#recherche-etat');
const base = document.documentElement.dataset['base'] ?? '/';

let pagefind: Promise<Pagefind> | undefined;
const load = () => (pagefind ??= import(/* @vite-ignore */ `${base}pagefind/pagefind.js`) as Promise<Pagefind>);

/** Pagefind's excerpts are escaped text with <mark> around the matches: keep only that markup. */
function excerptNodes(html: string): Node[] {
  const nodes: Node[] = [];
  for (const [index, part] of html.split(/<\/?mark>/).entries()) {
    const text = document.createTextNode(new DOMParser().parseFromString(part, 'text/html').documentElement.textContent ?? '');
    if (index % 2 === 1) {
      const mark = document.createElement('mark');
      mark.append(text);
      nodes.push(mark);
    } else {
      nodes.push(text);
    }
  }
  return nodes;
}

async function run(query: string): Promise<void> {
  if (!list || !status) return;
  list.replaceChildren();
  if (query.trim() === '') {
    status.textContent = '';
    return;
  }
  status.textContent = 'Recherche…';
  const search = await (await load()).search(query);
  const results = await Promise.all(search.results.slice(0, 20).map((result) => result.data()));
  status.textContent = results.length === 0 ? `Aucun résultat pour « ${query} ».` : `${search.results.length} ${search.results.length > 1 ? 'pages trouvées' : 'page trouvée'} pour « ${query} ».`;
  for (const result of results) {
    const target = result.sub_results?.[0] ?? { url: result.url, title: result.meta.title ?? result.url, excerpt: result.excerpt };
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
