/** Where the site is published, from the build's environment (SITE_URL, BASE_PATH). */

export const defaultSiteUrl = 'http://localhost:4321';

/** The public origin, without trailing slash. Refuses a value that is not an http(s) URL. */
export function siteUrl(value: string | undefined): string {
  const raw = value?.trim() || defaultSiteUrl;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`SITE_URL=${JSON.stringify(raw)} is not a URL; expected e.g. https://exemple.org`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new Error(`SITE_URL=${JSON.stringify(raw)} must start with http:// or https://`);
  }
  return url.origin;
}

/** The path the site lives under, always with leading and trailing slash ("/", "/chronique/"). */
export function siteBase(value: string | undefined): string {
  const trimmed = (value ?? '').trim().replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? '/' : `/${trimmed}/`;
}

/** Joins the base to a site-absolute path ("/sources/" → "/chronique/sources/"). */
export function withBase(base: string, path: string): string {
  if (!path.startsWith('/')) throw new Error(`withBase expects a path starting with "/", got ${JSON.stringify(path)}`);
  return `${base.replace(/\/$/, '')}${path}`;
}

/** The inverse of withBase: a site path without the base path it was built under. */
export function withoutBase(base: string, path: string): string {
  const prefix = base.replace(/\/$/, '');
  return prefix && path.startsWith(`${prefix}/`) ? path.slice(prefix.length) : path;
}
