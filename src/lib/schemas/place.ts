import { z } from 'astro/zod';
import { aliasFields, checkAliases } from './aliases';
import { checkPlaceCountry, countryAt } from './place-country';
import { NameSchema, ProseSchema } from './shared';

/** Countries are not places: they are actors of kind `state`. */
export const placeKinds = ['city', 'town', 'village', 'district', 'governorate', 'region', 'site', 'road', 'border'] as const;

/** A place named in the sources. File: `content/places/<id>.yaml`. */
export const PlaceSchema = z
  .strictObject({
    name: NameSchema,
    kind: z.enum(placeKinds),
    /** The definite article the name takes in running French text ("la frontière irakienne"), if any. */
    article: z.enum(['le', 'la', 'les']).optional(),
    ...aliasFields,
    /** The Syrian governorate (muhafaza) the place lies in; absent for places outside Syria. */
    governorate: NameSchema.optional(),
    /** ISO 3166-1 alpha-2 code of the country. */
    country: z.string().regex(/^[A-Z]{2}$/, { error: 'Unexpected country, expected an ISO 3166-1 alpha-2 code such as "SY"' }),
    latitude: z.number().min(-90, { error: 'Unexpected latitude below -90, expected decimal degrees north (Alep: 36.2)' }).max(90, {
      error: 'Unexpected latitude above 90, expected decimal degrees north (Alep: 36.2)',
    }),
    longitude: z.number().min(-180, { error: 'Unexpected longitude below -180, expected decimal degrees east (Alep: 37.16)' }).max(180, {
      error: 'Unexpected longitude above 180, expected decimal degrees east (Alep: 37.16)',
    }),
    geoPrecision: z.union([z.literal(1), z.literal(2), z.literal(3)], {
      error: 'Unexpected geoPrecision, expected 1 (the place itself), 2 (near it or part of an area) or 3 (a larger region)',
    }),
    description: ProseSchema,
  })
  .superRefine(checkAliases('entity'))
  .superRefine((place, context) => {
    const { country, latitude, longitude } = place;
    if (Math.abs(latitude) > 90 || Math.abs(longitude) > 180) return; // already refused by the field's own range
    const at = `${latitude}, ${longitude}`;
    switch (checkPlaceCountry(country, latitude, longitude)) {
      case 'inside':
        return;
      case 'unknown-country':
        context.addIssue({ code: 'custom', path: ['country'], message: `Unexpected country ${JSON.stringify(country)}, expected an ISO 3166-1 alpha-2 code such as "SY"`, input: country });
        return;
      case 'swapped':
        context.addIssue({
          code: 'custom',
          path: ['latitude'],
          message: `Unexpected coordinates ${at}, latitude and longitude swapped: they lie in ${countryAt(latitude, longitude) ?? 'no country'}, not in ${country}`,
          input: latitude,
          params: { fix: `exchange the two values: latitude: ${longitude}, longitude: ${latitude}` },
        });
        return;
      case 'outside':
        context.addIssue({
          code: 'custom',
          path: ['latitude'],
          message: `Unexpected coordinates ${at}, outside ${country} (they lie in ${countryAt(latitude, longitude) ?? 'no country'}), expected a point in the declared country`,
          input: latitude,
          params: { fix: 'copy the coordinates again (decimal degrees, latitude north first), or correct country' },
        });
    }
  });

export type Place = z.output<typeof PlaceSchema>;
export type PlaceKind = (typeof placeKinds)[number];
