import type { PhrasingContent } from 'mdast';

/**
 * An inline mdast node that becomes the given HTML element: remark-rehype turns any node with
 * `data.hName` into that element, so annotations need no raw HTML (and nothing to sanitise).
 */
export function element(tagName: string, properties: Record<string, string | string[] | undefined>, children: PhrasingContent[]): PhrasingContent {
  const hProperties = Object.fromEntries(Object.entries(properties).filter(([, value]) => value !== undefined)) as Record<string, string | string[]>;
  return { type: 'emphasis', children, data: { hName: tagName, hProperties } } as PhrasingContent;
}

export function text(value: string): PhrasingContent {
  return { type: 'text', value };
}
