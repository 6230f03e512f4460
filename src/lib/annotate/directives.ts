import type { Heading, Paragraph, PhrasingContent } from 'mdast';
import type { ContentError } from '../content/content-error';
import { entityKey, type EntityKind, type Gazetteer } from './gazetteer';
import type { Mention } from './mentions';

/** The directives an editor writes to settle a mention: `:actor[le régime]{#gouvernement-syrien}`. */
export const mentionDirectives: Record<string, EntityKind> = { actor: 'actor', place: 'place', term: 'term' };
/** `:plain[Damas]` keeps a word unannotated where the gazetteer would be wrong. */
export const plainDirective = 'plain';

const folders: Record<EntityKind, string> = { actor: 'content/actors', place: 'content/places', term: 'content/glossary' };

export interface BlockText {
  text: string;
  fixed: Mention[];
  /** Spans the editor marked `:plain`: no mention may be found there. */
  plain: { start: number; end: number }[];
}

/**
 * Flattens a paragraph or heading to its text, turning mention directives into fixed mentions.
 * An unknown directive or id is an error at its position, so a typo never silently drops an annotation.
 */
export function readBlock(node: Paragraph | Heading, gazetteer: Gazetteer, file: string, errors: ContentError[]): BlockText {
  let text = '';
  const fixed: Mention[] = [];
  const plain: BlockText['plain'] = [];
  const walk = (children: readonly PhrasingContent[]) => {
    for (const child of children) {
      if (child.type === 'text' || child.type === 'inlineCode') {
        text += child.value;
      } else if (child.type === 'textDirective') {
        const start = text.length;
        walk(child.children);
        const end = text.length;
        const place = { line: child.position?.start.line ?? 1, column: child.position?.start.column ?? 1 };
        if (child.name === plainDirective) {
          plain.push({ start, end });
          continue;
        }
        const kind = mentionDirectives[child.name];
        if (!kind) {
          errors.push({ file, ...place, message: `Unexpected directive ":${child.name}", expected :actor, :place, :term or :plain`, fix: 'write :actor[text]{#id}, :place[text]{#id}, :term[text]{#id} or :plain[text]; to show a colon before a word, write "\\:"' });
          continue;
        }
        const id = child.attributes?.['id'];
        if (!id) {
          errors.push({ file, ...place, message: `Missing id in :${child.name}[…], expected {#id}`, fix: `write :${child.name}[${text.slice(start, end)}]{#id} with the id of a file in ${folders[kind]}/` });
          continue;
        }
        const entity = gazetteer.entities.get(entityKey(kind, id));
        if (!entity) {
          errors.push({ file, ...place, message: `Unknown ${kind} "${id}" in :${child.name}[${text.slice(start, end)}], expected the id of a file in ${folders[kind]}/`, fix: `create ${folders[kind]}/${id}.yaml or correct the id` });
          continue;
        }
        fixed.push({ start, end, entity, fromDirective: true });
      } else if ('children' in child) {
        walk(child.children as PhrasingContent[]);
      } else if ('value' in child && typeof child.value === 'string') {
        text += child.value;
      }
    }
  };
  walk(node.children);
  return { text, fixed, plain };
}
