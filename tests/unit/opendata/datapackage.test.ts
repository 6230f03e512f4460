import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { acledColumns, acledRows } from '../../../src/lib/chronology/acled';
import { buildChronology } from '../../../src/lib/chronology/chronology';
import { checkProject } from '../../../src/lib/check-project';
import { readProjectFiles } from '../../../src/lib/content/content-files';
import { toCsv } from '../../../src/lib/exports/csv';
import { eventRecords } from '../../../src/lib/exports/events';
import { actorsExport, articlesExport, glossaryExport, placesExport } from '../../../src/lib/exports/gazetteer-exports';
import { statementRecords, statementsCsv } from '../../../src/lib/exports/statements';
import { dataPackage, resourcePaths, type DataPackage, type TableSchema } from '../../../src/lib/opendata/datapackage';
import { checkCsv, checkDescriptor, checkRows, checkSchema } from '../../../src/lib/opendata/table-check';
import { annotationIndex } from '../../../src/lib/opendata/web-annotation';
import { projectRoot } from '../../helpers/project';

const { project, annotations } = checkProject(readProjectFiles(projectRoot));
const passage = (slug: string, anchor: string) => `https://exemple.org/sources/${slug}/#${anchor}`;
const statements = statementRecords(project, annotations, passage);
const { events } = buildChronology(project, annotations, statements);
const index = annotationIndex(project, annotations, events);
const descriptor = dataPackage(project, index, (path) => `https://exemple.org${path}`);
const schemaOf = (name: string) => descriptor.resources.find((resource) => resource.name === name)!.schema!;

describe('dataPackage(project, annotations, absolute)', () => {
  it('is a valid descriptor: names, relative paths, licence, sources, schemas', () => {
    expect(checkDescriptor(descriptor)).toEqual([]);
    expect(descriptor.sources).toHaveLength(project.articles.size);
    expect(descriptor.licenses[0]!.name).toBe('CC-BY-4.0');
  });

  it('describes every file that src/pages/data/ writes, the annotation pages in the collection\'s order', () => {
    const routes = (readdirSync(join(projectRoot, 'src/pages/data'), { recursive: true }) as string[]).filter((file) => file.endsWith('.ts')).map((file) => file.replace(/\.ts$/, ''));
    const pages = [...index.pages.keys()].map((article) => `annotations/${article}.jsonld`);
    const files = routes.filter((file) => file !== 'datapackage.json').flatMap((file) => (file === 'annotations/[slug].jsonld' ? pages : [file]));
    expect(pages.length).toBeGreaterThan(0);
    expect(descriptor.resources.flatMap(resourcePaths).sort()).toEqual(files.sort());
    expect(descriptor.resources.find((resource) => resource.name === 'annotation-pages')!.path).toEqual(pages);
  });

  it('describes every field in French and English', () => {
    for (const resource of descriptor.resources) {
      expect(resource.description).toContain('\n\n');
      for (const field of resource.schema?.fields ?? []) expect(field.description, `${resource.name}.${field.name}`).toMatch(/.+ — .+/);
    }
  });

  it.each([
    ['articles', () => articlesExport(project)],
    ['actors', () => actorsExport(project)],
    ['places', () => placesExport(project)],
    ['glossary', () => glossaryExport(project)],
    ['statements', () => statements],
    ['events', () => eventRecords(events, passage)],
  ] as const)('matches the records of %s.json field for field, in order, and they validate', (name, records) => {
    const rows = records() as unknown as Record<string, unknown>[];
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(Object.keys(row)).toEqual(schemaOf(name).fields.map((field) => field.name));
    expect(checkRows(rows, schemaOf(name))).toEqual([]);
  });

  it('matches the columns of statements.csv and events.csv, and they validate', () => {
    expect(schemaOf('statements-csv').fields.map((field) => field.name)).toEqual(statementsCsv(statements).split('\r\n')[0]!.split(','));
    expect(schemaOf('events-csv').fields.map((field) => field.name)).toEqual([...acledColumns]);
    expect(checkCsv(statementsCsv(statements), schemaOf('statements-csv'))).toEqual([]);
    expect(checkCsv(toCsv(acledRows(events, project), acledColumns), schemaOf('events-csv'))).toEqual([]);
  });
});

const schema: TableSchema = {
  fields: [
    { name: 'id', type: 'string', constraints: { required: true, unique: true }, description: 'a — a' },
    { name: 'n', type: 'integer', constraints: { enum: [1, 2] }, description: 'n — n' },
    { name: 'x', type: 'number', constraints: { minimum: -90, maximum: 90 }, description: 'x — x' },
    { name: 'd', type: 'date', description: 'd — d' },
    { name: 'b', type: 'boolean', trueValues: ['yes'], falseValues: ['no'], description: 'b — b' },
  ],
  missingValues: [''],
};

describe('checkDescriptor(descriptor)', () => {
  const withPath = (path: string | string[]): DataPackage => ({ ...descriptor, resources: [{ ...descriptor.resources[0]!, path }] });

  it('accepts a resource whose data is in several files, each relative to the descriptor', () => {
    expect(checkDescriptor(withPath(['articles/a.json', 'articles/b.json']))).toEqual([]);
  });

  it('refuses an empty list of paths, and names each path that is not relative', () => {
    expect(checkDescriptor(withPath([]))).toEqual(['resource articles: path is an empty list']);
    expect(checkDescriptor(withPath(['articles/a.json', '/data/b.json', 'https://exemple.org/c.json']))).toEqual([
      'resource articles: path /data/b.json must be relative to the descriptor, without ".."',
      'resource articles: path https://exemple.org/c.json must be relative to the descriptor, without ".."',
    ]);
  });
});

describe('checkCsv(text, schema)', () => {
  it('accepts rows of the right types, empty cells as missing values', () => {
    expect(checkCsv('id,n,x,d,b\r\na,1,-35.5,2024-12-05,yes\r\nb,,,,no\r\n', schema)).toEqual([]);
  });

  it('names each row and field that breaks the schema', () => {
    expect(checkCsv('id,n,x,d,b\r\na,3,91,2024-02-30,maybe\r\na,x,1,2024-12-05,no\r\n,1,1,2024-12-05,no\r\n', schema)).toEqual([
      'row 1, n: "3" is not one of 1, 2',
      'row 1, x: "91" is above 90',
      'row 1, d: "2024-02-30" is not a valid date',
      'row 1, b: "maybe" is not a valid boolean',
      'row 2, id: "a" is not unique',
      'row 2, n: "x" is not a valid integer',
      'row 3, id: required value missing',
    ]);
  });

  it('fails when the columns drift from the schema', () => {
    expect(checkCsv('id,n,x,d\r\na,1,1,2024-12-05\r\n', schema)).toEqual(['header id,n,x,d differs from the schema\'s fields id,n,x,d,b']);
  });
});

describe('checkRows(rows, schema)', () => {
  it('fails on a field the schema does not describe, or one it lacks', () => {
    expect(checkRows([{ id: 'a', n: 1, x: 1, d: '2024-12-05', b: true, extra: 1 }, { id: 'b', n: 1, x: 1, d: '2024-12-05' }], schema)).toEqual(['row 1: field extra is not in the schema', 'row 2: field b is missing']);
  });
});

describe('checkSchema(schema)', () => {
  it('refuses unknown types, misplaced constraints and enums of another type', () => {
    expect(
      checkSchema({
        fields: [
          { name: 'a', type: 'text' as never, description: 'a' },
          { name: 'b', type: 'boolean', constraints: { pattern: 'x' }, description: 'b' },
          { name: 'c', type: 'integer', constraints: { enum: ['un'] }, description: 'c' },
        ],
        primaryKey: 'z',
      }),
    ).toEqual(['field a: unknown type text', 'field b: constraint pattern does not apply to type boolean', 'field c: enum value of another type than integer', 'primary key z is not a field']);
  });
});
