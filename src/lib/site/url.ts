import { withBase } from './deployment';

/** A site-absolute path ("/sources/") made to work under the configured base path. */
export function url(path: string): string {
  return withBase(import.meta.env.BASE_URL, path);
}

export const routes = {
  home: () => url('/'),
  sources: () => url('/sources/'),
  source: (slug: string) => url(`/sources/${slug}/`),
  seed: (file: string) => url(`/seeds/${file}`),
  actors: () => url('/acteurs/'),
  actor: (id: string) => url(`/acteurs/${id}/`),
  places: () => url('/lieux/'),
  place: (id: string) => url(`/lieux/${id}/`),
  glossary: (id?: string) => url(id ? `/glossaire/#${id}` : '/glossaire/'),
  data: (file: string) => url(`/data/${file}`),
};
