import type { ChronologyEvent } from './chronology';

export interface FeedOptions {
  title: string;
  /** Absolute URL of the feed itself. */
  feedUrl: string;
  /** Absolute URL of the chronology page. */
  pageUrl: string;
  eventUrl(event: ChronologyEvent): string;
  author: string;
}

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * An Atom feed of the events, newest first. Dates come from the content (the latest publication
 * among an event's sources), never from the build clock, so two builds give the same feed.
 */
export function atomFeed(events: readonly ChronologyEvent[], reportedOn: (event: ChronologyEvent) => string, options: FeedOptions): string {
  const sorted = [...events].sort((a, b) => b.data.date.localeCompare(a.data.date) || a.id.localeCompare(b.id));
  const updated = sorted.map(reportedOn).sort().at(-1) ?? '1970-01-01';
  const entries = sorted.map((event) => {
    const url = options.eventUrl(event);
    return [
      '  <entry>',
      `    <id>${escapeXml(url)}</id>`,
      `    <title>${escapeXml(`${event.data.date} — ${event.data.title}`)}</title>`,
      `    <link rel="alternate" type="text/html" href="${escapeXml(url)}"/>`,
      `    <updated>${reportedOn(event)}T00:00:00Z</updated>`,
      `    <summary>${escapeXml(event.data.summary.replace(/\s+/g, ' ').trim())}</summary>`,
      '  </entry>',
    ].join('\n');
  });
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="fr">',
    `  <title>${escapeXml(options.title)}</title>`,
    `  <id>${escapeXml(options.feedUrl)}</id>`,
    `  <link rel="self" type="application/atom+xml" href="${escapeXml(options.feedUrl)}"/>`,
    `  <link rel="alternate" type="text/html" href="${escapeXml(options.pageUrl)}"/>`,
    `  <updated>${updated}T00:00:00Z</updated>`,
    `  <author><name>${escapeXml(options.author)}</name></author>`,
    ...entries,
    '</feed>',
    '',
  ].join('\n');
}
