import { describe, expect, it } from 'vitest';
import { formatContentError } from '../../src/lib/content/content-error';
import { realProject } from '../helpers/project';

describe("the repository's content", () => {
  const { project, errors } = realProject();

  it('passes every check', () => {
    expect(errors.map(formatContentError)).toEqual([]);
  });

  it('holds the five articles, actors, places, glossary terms and events', () => {
    expect(project.articles.size).toBe(5);
    expect(project.actors.size).toBeGreaterThanOrEqual(50);
    expect(project.places.size).toBeGreaterThanOrEqual(25);
    expect(project.glossary.size).toBeGreaterThanOrEqual(25);
    expect(project.events.size).toBeGreaterThanOrEqual(30);
  });
});
