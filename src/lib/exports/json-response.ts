/** A JSON export: pretty-printed with a final newline, so diffs between builds stay readable. */
export function jsonResponse(data: unknown, mediaType: 'application/json' | 'application/ld+json' = 'application/json'): Response {
  return new Response(`${JSON.stringify(data, null, 2)}\n`, { headers: { 'Content-Type': `${mediaType}; charset=utf-8` } });
}
