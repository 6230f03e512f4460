import { normalizeWhitespace } from '../article/blocks';
import { formKey } from '../text/apostrophes';
import { excerpt } from '../text/excerpt';
import type { ContentError } from './content-error';
import type { Entry, Project } from './project';

/** Checks every id that points from one entry to another, and that names are not shared. */
export function checkReferences(project: Project, invalid: ReadonlySet<string> = new Set()): ContentError[] {
  const known: Known = (collection, id) => project[collection].has(id) || invalid.has(`${collection}:${id}`);
  return [...checkActors(project, known), ...checkGlossary(project, known), ...checkNames(project), ...checkEvents(project, known)];
}

/** True when the id names an entry, valid or already reported as broken. */
type Known = (collection: 'actors' | 'places' | 'articles', id: string) => boolean;

function missing(kind: string, id: string, folder: string): { message: string; fix: string } {
  return { message: `Unknown ${kind} ${JSON.stringify(id)}, expected the id of a file in ${folder}/`, fix: `create ${folder}/${id}.yaml or correct the id` };
}

function checkActors(project: Project, known: Known): ContentError[] {
  const errors: ContentError[] = [];
  for (const actor of project.actors.values()) {
    const affiliation = actor.data.affiliation;
    if (affiliation === undefined) continue;
    if (affiliation === actor.id) {
      errors.push({ file: actor.file, ...actor.locate(['affiliation']), message: 'Unexpected affiliation to itself, expected the id of another actor', fix: 'remove the field or name the organisation the actor belongs to' });
    } else if (!known('actors', affiliation)) {
      errors.push({ file: actor.file, ...actor.locate(['affiliation']), ...missing('actor', affiliation, 'content/actors') });
    }
  }
  return errors;
}

function checkGlossary(project: Project, known: Known): ContentError[] {
  const errors: ContentError[] = [];
  for (const term of project.glossary.values()) {
    if (term.data.actor && !known('actors', term.data.actor)) {
      errors.push({ file: term.file, ...term.locate(['actor']), ...missing('actor', term.data.actor, 'content/actors') });
    }
    if (term.data.place && !known('places', term.data.place)) {
      errors.push({ file: term.file, ...term.locate(['place']), ...missing('place', term.data.place, 'content/places') });
    }
  }
  return errors;
}

/**
 * A name or alias may designate one entity only, or the annotator could not tell which one a
 * mention means. A glossary term that explains an actor or a place may share its names.
 */
function checkNames(project: Project): ContentError[] {
  const errors: ContentError[] = [];
  const owners = new Map<string, { owner: string; file: string }>();
  const claim = (entry: Entry<unknown>, owner: string, forms: { value: string; path: PropertyKey[] }[]) => {
    const seenHere = new Set<string>();
    for (const form of forms) {
      const key = formKey(form.value);
      if (seenHere.has(key)) {
        errors.push({ file: entry.file, ...entry.locate(form.path), message: `Unexpected repeated name ${JSON.stringify(form.value)}, expected each name once`, fix: 'remove the repeated alias' });
        continue;
      }
      seenHere.add(key);
      const previous = owners.get(key);
      if (previous && previous.owner !== owner) {
        errors.push({ file: entry.file, ...entry.locate(form.path), message: `Unexpected name ${JSON.stringify(form.value)}, already a name of ${previous.file}`, fix: 'keep the name on one entry only; mark other uses in the text with a directive such as :actor[…]{#id}' });
      } else {
        owners.set(key, { owner, file: entry.file });
      }
    }
  };
  const forms = (name: string, aliases: string[]) => [
    { value: name, path: [] as PropertyKey[] },
    ...aliases.map((alias, index) => ({ value: alias, path: ['aliases', index] as PropertyKey[] })),
  ];
  for (const actor of project.actors.values()) claim(actor, `actor:${actor.id}`, forms(actor.data.name, actor.data.aliases).map((form, index) => (index === 0 ? { ...form, path: ['name'] } : form)));
  for (const place of project.places.values()) claim(place, `place:${place.id}`, forms(place.data.name, place.data.aliases).map((form, index) => (index === 0 ? { ...form, path: ['name'] } : form)));
  for (const term of project.glossary.values()) {
    const owner = term.data.actor ? `actor:${term.data.actor}` : term.data.place ? `place:${term.data.place}` : `term:${term.id}`;
    const termForms = forms(term.data.term, term.data.aliases).map((form, index) => (index === 0 ? { ...form, path: ['term'] } : form));
    if (owner.startsWith('term:')) claim(term, owner, termForms);
    else claim(term, owner, termForms.filter((form) => !owners.has(formKey(form.value)) || owners.get(formKey(form.value))!.owner === owner));
  }
  return errors;
}

function checkEvents(project: Project, known: Known): ContentError[] {
  const errors: ContentError[] = [];
  for (const event of project.events.values()) {
    const { data } = event;
    data.places.forEach((id, index) => {
      if (!known('places', id)) errors.push({ file: event.file, ...event.locate(['places', index]), ...missing('place', id, 'content/places') });
    });
    data.actors.forEach((id, index) => {
      if (!known('actors', id)) errors.push({ file: event.file, ...event.locate(['actors', index]), ...missing('actor', id, 'content/actors') });
    });
    data.claims.forEach((claim, index) => {
      const at = (field: string) => event.locate(['claims', index, field]);
      if (claim.by !== undefined && !known('actors', claim.by)) {
        errors.push({ file: event.file, ...at('by'), ...missing('actor', claim.by, 'content/actors') });
      }
      const article = project.articles.get(claim.article);
      if (!article) {
        if (known('articles', claim.article)) return;
        errors.push({ file: event.file, ...at('article'), message: `Unknown article ${JSON.stringify(claim.article)}, expected the slug of a file in content/articles/`, fix: `correct the slug (known: ${[...project.articles.keys()].join(', ')})` });
        return;
      }
      const quote = normalizeWhitespace(claim.quote);
      const inText = normalizeWhitespace(article.text).includes(quote);
      if (inText && !article.text.split('\n').some((paragraph) => normalizeWhitespace(paragraph).includes(quote))) {
        // The claim's anchor is a passage of one paragraph: a quote across two would link to nowhere.
        errors.push({ file: event.file, ...at('quote'), message: `Unexpected quote ${quoted(claim.quote)}, spanning two paragraphs of ${article.file}, expected a passage within one paragraph`, fix: 'shorten the quote to one paragraph, or cite each paragraph in a claim of its own' });
      } else if (!inText) {
        errors.push({ file: event.file, ...at('quote'), message: `Unexpected quote ${quoted(claim.quote)}, expected a passage copied exactly from ${article.file}${closestHint(article.text, claim.quote)}`, fix: 'copy the passage from the article, with its apostrophes and quotation marks unchanged' });
      }
      if (data.date > article.data.published) {
        errors.push({ file: event.file, ...event.locate(['date']), message: `Unexpected date ${data.date}, expected a day on or before ${article.data.published}, when ${claim.article} (claim ${index + 1}) was published`, fix: 'correct the event date, or cite an article published after it' });
      }
    });
  }
  return errors;
}

/** The start of a quote, quoted as JSON, for an error message. */
function quoted(text: string): string {
  return JSON.stringify(excerpt(text, 60));
}

/** Where the quote stops matching the article, to save the editor a hunt for one changed letter. */
function closestHint(articleText: string, quote: string): string {
  const text = normalizeWhitespace(articleText);
  const wanted = normalizeWhitespace(quote);
  let best = 0;
  let at = -1;
  for (let length = Math.min(wanted.length, 40); length >= 8 && at === -1; length--) {
    at = text.indexOf(wanted.slice(0, length));
    best = length;
  }
  if (at === -1) return '';
  let matched = best;
  while (matched < wanted.length && text[at + matched] === wanted[matched]) matched++;
  return ` (the article has ${quoted(text.slice(at + matched, at + matched + 20))} where the quote has ${quoted(wanted.slice(matched, matched + 20))})`;
}
