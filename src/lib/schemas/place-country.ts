import { feature, iso1A2Code, iso1A2Codes } from '@rapideditor/country-coder';

/** How far outside its country's border a place may lie, in degrees (about 10 km): border posts, coarse coordinates. */
const borderMargin = 0.1;

/** The ISO 3166-1 alpha-2 codes of the countries within `borderMargin` of a point (country-coder's borders). */
function countriesNear(latitude: number, longitude: number): string[] {
  return iso1A2Codes([longitude - borderMargin, latitude - borderMargin, longitude + borderMargin, latitude + borderMargin]);
}

export type CountryCheck = 'inside' | 'unknown-country' | 'swapped' | 'outside';

/**
 * Whether a place's coordinates lie in the country it declares: `swapped` when they would once
 * latitude and longitude are exchanged (Hama at 36.75° N, 35.13° E is in Turkey).
 */
export function checkPlaceCountry(country: string, latitude: number, longitude: number): CountryCheck {
  if (!feature(country)) return 'unknown-country';
  if (countriesNear(latitude, longitude).includes(country)) return 'inside';
  if (Math.abs(longitude) <= 90 && countriesNear(longitude, latitude).includes(country)) return 'swapped';
  return 'outside';
}

/** The country a point lies in ("TR"), or undefined at sea. */
export function countryAt(latitude: number, longitude: number): string | undefined {
  return iso1A2Code([longitude, latitude]) ?? undefined;
}
