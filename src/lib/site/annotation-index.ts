import { annotationIndex, type AnnotationIndex } from '../opendata/web-annotation';
import { siteChronology } from './chronology';
import { loadSite } from './load';

let cached: Promise<AnnotationIndex> | undefined;

/**
 * Where each source's page of the W3C annotation collection starts, computed once per build for the
 * collection, its pages and the Data Package that lists them.
 */
export function siteAnnotationIndex(): Promise<AnnotationIndex> {
  const compute = async () => {
    const { project, annotations } = await loadSite();
    return annotationIndex(project, annotations, (await siteChronology()).chronology.events);
  };
  if (import.meta.env.DEV) return compute();
  cached ??= compute();
  return cached;
}
