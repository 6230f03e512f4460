import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import jsonld from 'jsonld';
import { projectRoot } from './project';

/**
 * JSON-LD processing without the network: the contexts our documents name are served from local
 * copies, any other URL is refused (never fetched).
 *
 * - `http://www.w3.org/ns/anno.jsonld`: the W3C Web Annotation context, copied in tests/fixtures/jsonld/.
 * - `https://schema.org`: a context built from the vocabulary that the npm package schema-dts
 *   types (every schema.org type and property, one term each, no `@vocab`), so that a misspelt
 *   type or property is dropped by the processor, which safe mode turns into an error.
 */
export const schemaOrgContextUrls = ['https://schema.org', 'https://schema.org/', 'http://schema.org', 'http://schema.org/'];
export const annotationContextUrl = 'http://www.w3.org/ns/anno.jsonld';

let vocabulary: { types: Set<string>; properties: Set<string> } | undefined;

/** Every schema.org type and property name, read from schema-dts's generated typings. */
export function schemaOrgVocabulary(): { types: Set<string>; properties: Set<string> } {
  if (!vocabulary) {
    const file = createRequire(import.meta.url).resolve('schema-dts/dist/schema.d.ts');
    const source = readFileSync(file, 'utf8');
    vocabulary = {
      types: new Set([...source.matchAll(/"@type": "(\w+)";/g)].map((match) => match[1]!)),
      properties: new Set([...source.matchAll(/^\s+"([\w-]+)"\?: SchemaValue</gm)].map((match) => match[1]!)),
    };
  }
  return vocabulary;
}

let builtContext: Record<string, unknown> | undefined;

function schemaOrgContext(): Record<string, unknown> {
  builtContext ??= buildSchemaOrgContext();
  return builtContext;
}

function buildSchemaOrgContext(): Record<string, unknown> {
  const { types, properties } = schemaOrgVocabulary();
  const context: Record<string, unknown> = { schema: 'http://schema.org/' };
  for (const type of types) context[type] = { '@id': `schema:${type}` };
  for (const property of properties) {
    context[property] = { '@id': `schema:${property}` };
    // Action constraints (schema.org/docs/actions.html): "query-input", "target-output"…
    context[`${property}-input`] = { '@id': `schema:${property}-input` };
    context[`${property}-output`] = { '@id': `schema:${property}-output` };
  }
  return { '@context': context };
}

const annotationContext = () => JSON.parse(readFileSync(join(projectRoot, 'tests/fixtures/jsonld/anno.jsonld'), 'utf8')) as unknown;

/** A jsonld.js document loader that serves the two contexts locally and refuses everything else. */
export async function offlineDocumentLoader(url: string): Promise<{ contextUrl: null; documentUrl: string; document: unknown }> {
  if (schemaOrgContextUrls.includes(url)) return { contextUrl: null, documentUrl: url, document: schemaOrgContext() };
  if (url === annotationContextUrl) return { contextUrl: null, documentUrl: url, document: annotationContext() };
  throw new Error(`Refusing to load ${url}: tests run offline, add a local copy of this context`);
}

/** Expands a JSON-LD document offline, in safe mode: a term the context does not define is an error, not a silent drop. */
export async function expandOffline(document: object): Promise<jsonld.JsonLdDocument[]> {
  return (await jsonld.expand(document as jsonld.JsonLdDocument, { documentLoader: offlineDocumentLoader as never, safe: true } as never)) as unknown as jsonld.JsonLdDocument[];
}

/** Every node's `@type` IRI in an expanded document (not the datatypes of literal values). */
export function expandedTypes(node: unknown): string[] {
  if (Array.isArray(node)) return node.flatMap(expandedTypes);
  if (node === null || typeof node !== 'object' || '@value' in node) return [];
  return Object.entries(node).flatMap(([key, value]) => (key === '@type' ? (Array.isArray(value) ? value.map(String) : [String(value)]) : expandedTypes(value)));
}
