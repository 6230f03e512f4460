import { LinkChecker } from 'linkinator';
import { serveStatic } from './static-server';

export interface BrokenLink {
  url: string;
  parent: string | undefined;
  status: number | undefined;
}

/**
 * Serves `root` under `base` on 127.0.0.1 and follows every internal link and fragment from the
 * home page, as a reader's browser would. External links are not followed (the machine is offline).
 */
export async function crawl(root: string, base = '/'): Promise<{ checked: number; broken: BrokenLink[] }> {
  const server = await serveStatic(root, base);
  try {
    const checker = new LinkChecker();
    const origin = new URL(server.url).origin;
    const result = await checker.check({
      path: server.url,
      recurse: true,
      checkFragments: true,
      concurrency: 16,
      linksToSkip: (link: string) => Promise.resolve(!link.startsWith(origin)),
    });
    const broken = result.links.filter((link) => link.state === 'BROKEN').map((link) => ({ url: link.url, parent: link.parent, status: link.status }));
    return { checked: result.links.length, broken };
  } finally {
    await server.close();
  }
}
