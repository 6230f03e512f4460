import { withBase } from './deployment';
import { paths } from './paths';

/** A site-absolute path ("/sources/") made to work under the configured base path. */
export function url(path: string): string {
  return withBase(import.meta.env.BASE_URL, path);
}

type Routes = { [Name in keyof typeof paths]: (...args: Parameters<(typeof paths)[Name]>) => string };

/** Every page's URL under the base path. */
export const routes = Object.fromEntries(
  Object.entries(paths).map(([name, path]) => [name, (...args: unknown[]) => url((path as (...a: unknown[]) => string)(...args))]),
) as Routes;

/** The absolute URL of a page, for exports, feeds and canonical links. */
export function absoluteUrl(path: string): string {
  return new URL(url(path), import.meta.env.SITE).href;
}
