import { geoMercator, geoPath } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import countries50m from 'world-atlas/countries-50m.json' with { type: 'json' };
import type { ChronologyEvent } from '../chronology/chronology';
import { round } from './numbers';

/** Syria and its neighbours, by ISO 3166-1 numeric code, with their French names. */
const neighbours: Record<string, string> = { '760': 'Syrie', '792': 'Turquie', '368': 'Irak', '400': 'Jordanie', '422': 'Liban', '376': 'Israël', '275': 'Palestine', '196': 'Chypre' };
/** The frame: the seeds' places all fall inside it. */
const frame: [[number, number], [number, number]] = [[35.0, 32.2], [42.4, 37.4]];

export interface MapPlace {
  id: string;
  name: string;
  latitude: number;
  longitude: number;
  /** Cities and towns are labelled; districts, roads and regions only drawn. */
  labelled: boolean;
}

/** The places a map marks: every place but governorates and regions (areas, not points); cities are labelled first. */
export function mapPlacesOf(places: Iterable<{ id: string; data: { name: string; kind: string; latitude: number; longitude: number } }>): MapPlace[] {
  return [...places]
    .filter((place) => place.data.kind !== 'governorate' && place.data.kind !== 'region')
    .map((place) => ({ id: place.id, name: place.data.name, latitude: place.data.latitude, longitude: place.data.longitude, labelled: place.data.kind === 'city' }));
}

export interface BaseMap {
  width: number;
  height: number;
  countries: { id: string; name: string; d: string; isSyria: boolean }[];
  labels: { name: string; x: number; y: number }[];
  project: (longitude: number, latitude: number) => [number, number];
}

/** The countries drawn at build time, clipped to the frame, coordinates rounded to 0.1 px. */
export function baseMap(width = 560, height = 440): BaseMap {
  const topology = countries50m as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>;
  const all = feature(topology, topology.objects.countries) as FeatureCollection<Geometry, { name: string }>;
  const shown = all.features.filter((country) => String(country.id) in neighbours) as Feature<Geometry, { name: string }>[];
  const projection = geoMercator()
    .fitExtent([[0, 0], [width, height]], { type: 'MultiPoint', coordinates: [frame[0], frame[1]] })
    .clipExtent([[0, 0], [width, height]]);
  const path = geoPath(projection).digits(1);
  return {
    width,
    height,
    countries: shown
      .map((country) => ({ id: String(country.id), name: neighbours[String(country.id)]!, d: path(country) ?? '', isSyria: String(country.id) === '760' }))
      .filter((country) => country.d !== '')
      .sort((a, b) => a.id.localeCompare(b.id)),
    labels: [
      { name: 'TURQUIE', at: [38.6, 37.15] },
      { name: 'IRAK', at: [41.85, 35.75] },
      { name: 'JORDANIE', at: [37.2, 32.45] },
      { name: 'LIBAN', at: [35.55, 33.55] },
      { name: 'SYRIE', at: [38.9, 35.0] },
    ].map((label) => {
      const [x, y] = projection(label.at as [number, number])!;
      return { name: label.name, x: round(x), y: round(y) };
    }),
    project: (longitude, latitude) => {
      const [x, y] = projection([longitude, latitude])!;
      return [round(x), round(y)];
    },
  };
}

export type ControlStatus = 'changed' | 'disputed' | 'unchanged';

export interface PlaceStatus {
  id: string;
  status: ControlStatus;
  /** The event that changed it, for the data table. */
  event?: string;
}

/**
 * Which places changed hands by the end of `day`, according to the chronology's capture and
 * withdrawal events: "changed" when the sources agree, "disputed" when they do not. Chronique does
 * not claim who held a place before: only what the sources report.
 */
export function controlByDay(events: readonly ChronologyEvent[], placeIds: readonly string[], day: string): PlaceStatus[] {
  return placeIds.map((id) => {
    const changes = events.filter((event) => (event.data.type === 'capture' || event.data.type === 'withdrawal') && event.data.places.includes(id) && event.data.date <= day);
    if (changes.length === 0) return { id, status: 'unchanged' };
    const undisputed = changes.find((event) => !event.data.disputed);
    return undisputed ? { id, status: 'changed', event: undisputed.id } : { id, status: 'disputed', event: changes[0]!.id };
  });
}

/**
 * The last day of the period on which the chronology records an event: maps stop there, so that
 * no map promises a state of things the chronology does not cover.
 */
export function lastCoveredDay(events: readonly ChronologyEvent[], period: { start: string; end: string }): string {
  const days = events.map((event) => event.data.endDate ?? event.data.date).filter((day) => day >= period.start && day <= period.end);
  return days.length > 0 ? days.sort().at(-1)! : period.start;
}

export interface PlacedPoint extends MapPlace {
  x: number;
  y: number;
}

export function placePoints(map: BaseMap, places: readonly MapPlace[]): PlacedPoint[] {
  return places
    .map((place) => {
      const [x, y] = map.project(place.longitude, place.latitude);
      return { ...place, x, y };
    })
    .filter((point) => point.x >= 0 && point.x <= map.width && point.y >= 0 && point.y <= map.height)
    .sort((a, b) => a.id.localeCompare(b.id));
}
