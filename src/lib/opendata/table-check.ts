import { csvParseRows } from 'd3-dsv';
import { resourcePaths, type DataPackage, type FieldType, type TableField, type TableSchema } from './datapackage';

/**
 * Checks Chronique's Data Package against the Frictionless specifications (Data Package, Data
 * Resource, Table Schema v1), for the parts it uses. No maintained Frictionless validator for
 * JavaScript works offline (the npm `datapackage` and `tableschema` packages are unmaintained): this
 * is our own, and says where each problem is.
 */

const fieldTypes: readonly FieldType[] = ['string', 'integer', 'number', 'boolean', 'date', 'array', 'object'];
const constraintTypes: Record<string, readonly FieldType[] | 'any'> = {
  required: 'any',
  unique: 'any',
  enum: 'any',
  pattern: ['string'],
  minimum: ['integer', 'number', 'date'],
  maximum: ['integer', 'number', 'date'],
  minLength: ['string', 'array', 'object'],
};
const namePattern = /^[a-z0-9._-]+$/;

/** Problems of the descriptor itself: names, paths, licences, resources, schemas. */
export function checkDescriptor(descriptor: DataPackage): string[] {
  const problems: string[] = [];
  if (!namePattern.test(descriptor.name)) problems.push(`package name ${JSON.stringify(descriptor.name)} is not lower-case a-z0-9._-`);
  if (descriptor.licenses.length === 0) problems.push('package has no licence');
  for (const licence of descriptor.licenses) if (!licence.name && !licence.path) problems.push('a licence has neither name nor path');
  for (const source of descriptor.sources) if (!source.title) problems.push('a source has no title');
  if (descriptor.resources.length === 0) problems.push('package has no resources');
  const names = new Set<string>();
  for (const resource of descriptor.resources) {
    const where = `resource ${resource.name}`;
    if (!namePattern.test(resource.name)) problems.push(`${where}: name is not lower-case a-z0-9._-`);
    if (names.has(resource.name)) problems.push(`${where}: name used twice`);
    names.add(resource.name);
    if (Array.isArray(resource.path) && resource.path.length === 0) problems.push(`${where}: path is an empty list`);
    for (const path of resourcePaths(resource)) if (/^(\/|\.\.|[a-z]+:)/i.test(path) || path.includes('/../')) problems.push(`${where}: path ${path} must be relative to the descriptor, without ".."`);
    if (resource.profile === 'tabular-data-resource' && !resource.schema) problems.push(`${where}: a tabular data resource needs a schema`);
    if (resource.schema) problems.push(...checkSchema(resource.schema).map((problem) => `${where}: ${problem}`));
  }
  return problems;
}

/** Problems of a Table Schema: field names, types, constraints, primary key. */
export function checkSchema(schema: TableSchema): string[] {
  const problems: string[] = [];
  const names = new Set<string>();
  for (const field of schema.fields) {
    if (!field.name) problems.push('a field has no name');
    if (names.has(field.name)) problems.push(`field ${field.name} is declared twice`);
    names.add(field.name);
    if (!fieldTypes.includes(field.type)) problems.push(`field ${field.name}: unknown type ${field.type}`);
    if (!field.description) problems.push(`field ${field.name}: no description`);
    for (const [constraint, value] of Object.entries(field.constraints ?? {})) {
      const allowed = constraintTypes[constraint];
      if (!allowed) problems.push(`field ${field.name}: unknown constraint ${constraint}`);
      else if (allowed !== 'any' && !allowed.includes(field.type)) problems.push(`field ${field.name}: constraint ${constraint} does not apply to type ${field.type}`);
      if (constraint === 'enum' && Array.isArray(value) && value.some((item) => castValue(field, item) === invalid)) problems.push(`field ${field.name}: enum value of another type than ${field.type}`);
    }
  }
  if (schema.primaryKey && !names.has(schema.primaryKey)) problems.push(`primary key ${schema.primaryKey} is not a field`);
  return problems;
}

const invalid = Symbol('invalid');
type Cast = string | number | boolean | unknown[] | object | null | typeof invalid;

/** A value (a CSV cell, or a JSON value) as its field's type says, `null` when missing, `invalid` when it cannot be. */
function castValue(field: TableField, value: unknown, missingValues: readonly string[] = ['']): Cast {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' && missingValues.includes(value) && field.type !== 'string') return null;
  if (typeof value === 'string' && value === '' && missingValues.includes('')) return null;
  switch (field.type) {
    case 'string':
      if (typeof value !== 'string') return invalid;
      if (field.format === 'uri' && !URL.canParse(value)) return invalid;
      return value;
    case 'integer':
      if (typeof value === 'number') return Number.isInteger(value) ? value : invalid;
      return typeof value === 'string' && /^[+-]?\d+$/.test(value) ? Number(value) : invalid;
    case 'number':
      if (typeof value === 'number') return Number.isFinite(value) ? value : invalid;
      return typeof value === 'string' && /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/.test(value) ? Number(value) : invalid;
    case 'boolean':
      if (typeof value === 'boolean') return value;
      if (typeof value !== 'string') return invalid;
      if ((field.trueValues ?? ['true', 'True', 'TRUE', '1']).includes(value)) return true;
      if ((field.falseValues ?? ['false', 'False', 'FALSE', '0']).includes(value)) return false;
      return invalid;
    case 'date': {
      if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return invalid;
      const date = new Date(`${value}T00:00:00Z`);
      return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value) ? value : invalid;
    }
    case 'array':
      if (Array.isArray(value)) return value;
      if (typeof value === 'string') return parsesAs(value, Array.isArray) ? (JSON.parse(value) as unknown[]) : invalid;
      return invalid;
    case 'object':
      if (typeof value === 'object' && !Array.isArray(value)) return value;
      if (typeof value === 'string') return parsesAs(value, (parsed) => typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)) ? (JSON.parse(value) as object) : invalid;
      return invalid;
  }
}

function parsesAs(text: string, test: (value: unknown) => boolean): boolean {
  try {
    return test(JSON.parse(text));
  } catch {
    return false;
  }
}

/** Problems of rows (objects keyed by field name) against a schema: missing or extra fields, types, constraints. */
export function checkRows(rows: readonly Record<string, unknown>[], schema: TableSchema, missingValues: readonly string[] = schema.missingValues ?? ['']): string[] {
  const problems: string[] = [];
  const names = schema.fields.map((field) => field.name);
  const seen = new Map<string, Set<string>>();
  rows.forEach((row, index) => {
    const where = `row ${index + 1}`;
    const keys = Object.keys(row);
    for (const key of keys) if (!names.includes(key)) problems.push(`${where}: field ${key} is not in the schema`);
    for (const field of schema.fields) {
      if (!(field.name in row)) {
        problems.push(`${where}: field ${field.name} is missing`);
        continue;
      }
      const value = castValue(field, row[field.name], missingValues);
      const show = JSON.stringify(row[field.name]);
      if (value === invalid) {
        problems.push(`${where}, ${field.name}: ${show} is not a valid ${field.type}${field.format ? ` (${field.format})` : ''}`);
        continue;
      }
      const constraints = field.constraints ?? {};
      if (value === null) {
        if (constraints.required || schema.primaryKey === field.name) problems.push(`${where}, ${field.name}: required value missing`);
        continue;
      }
      if (constraints.enum && !constraints.enum.some((allowed) => castValue(field, allowed) === value)) problems.push(`${where}, ${field.name}: ${show} is not one of ${constraints.enum.join(', ')}`);
      if (constraints.pattern && typeof value === 'string' && !new RegExp(`^(?:${constraints.pattern})$`, 'u').test(value)) problems.push(`${where}, ${field.name}: ${show} does not match ${constraints.pattern}`);
      if (constraints.minimum !== undefined && typeof value === 'number' && value < constraints.minimum) problems.push(`${where}, ${field.name}: ${show} is below ${constraints.minimum}`);
      if (constraints.maximum !== undefined && typeof value === 'number' && value > constraints.maximum) problems.push(`${where}, ${field.name}: ${show} is above ${constraints.maximum}`);
      if (constraints.minLength !== undefined && (typeof value === 'string' || Array.isArray(value)) && value.length < constraints.minLength) problems.push(`${where}, ${field.name}: shorter than ${constraints.minLength}`);
      if (constraints.unique || schema.primaryKey === field.name) {
        const values = seen.get(field.name) ?? new Set<string>();
        const key = JSON.stringify(value);
        if (values.has(key)) problems.push(`${where}, ${field.name}: ${show} is not unique`);
        values.add(key);
        seen.set(field.name, values);
      }
    }
  });
  return problems;
}

/** Problems of a CSV file (RFC 4180, header row) against its schema: the header must list the fields in order. */
export function checkCsv(text: string, schema: TableSchema): string[] {
  const [header = [], ...rows] = csvParseRows(text.replace(/\r\n$/, ''));
  const names = schema.fields.map((field) => field.name);
  if (header.join(',') !== names.join(',')) return [`header ${header.join(',')} differs from the schema's fields ${names.join(',')}`];
  const problems = rows.flatMap((cells, index) => (cells.length === names.length ? [] : [`row ${index + 1}: ${cells.length} cells, expected ${names.length}`]));
  return [...problems, ...checkRows(rows.map((cells) => Object.fromEntries(names.map((name, column) => [name, cells[column] ?? '']))), schema)];
}
