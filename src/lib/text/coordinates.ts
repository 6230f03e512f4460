const degrees = new Intl.NumberFormat('fr-FR', { minimumFractionDigits: 2, maximumFractionDigits: 4 });

/** "35,13° N, 36,76° E": French decimals, hemisphere letters. */
export function formatCoordinates(latitude: number, longitude: number): string {
  const lat = `${degrees.format(Math.abs(latitude))}° ${latitude >= 0 ? 'N' : 'S'}`;
  const lon = `${degrees.format(Math.abs(longitude))}° ${longitude >= 0 ? 'E' : 'O'}`;
  return `${lat}, ${lon}`;
}

export const geoPrecisionLabels = {
  1: 'position du lieu lui-même',
  2: 'position approchée (près du lieu, ou partie d’une zone)',
  3: 'position représentative d’une région entière',
} as const;
