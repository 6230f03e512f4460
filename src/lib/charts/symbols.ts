import { round } from './numbers';

/**
 * The marks of every chart, one meaning each, site-wide: a triangle always says "changed hands",
 * a diamond always "the sources disagree". Each chart's legend and its description name them from
 * this table, so the picture, the legend and the text never disagree.
 */
export const symbols = {
  'quote-direct': { glyph: '●', label: 'citation directe' },
  'quote-reported': { glyph: '□', label: 'propos rapportés' },
  place: { glyph: '○', label: 'lieu cité, sans changement rapporté' },
  'place-changed': { glyph: '▲', label: 'a changé de mains selon les sources' },
  disputed: { glyph: '◇', label: 'versions divergentes' },
  'stance-reports': { glyph: '■', label: 'rapporte l’événement' },
  'stance-claims': { glyph: '«', label: 'relaie une revendication' },
  'stance-denies': { glyph: '✕', label: 'relaie un démenti' },
  'stance-confirms': { glyph: '✓', label: 'relaie une confirmation' },
} as const;

export type SymbolId = keyof typeof symbols;

/** Whether the shape is drawn filled (else stroked only). */
const filled: Record<SymbolId, boolean> = {
  'quote-direct': true,
  'quote-reported': false,
  place: false,
  'place-changed': true,
  disputed: false,
  'stance-reports': true,
  'stance-claims': false,
  'stance-denies': false,
  'stance-confirms': false,
};

export interface SymbolShape {
  d: string;
  filled: boolean;
}

/** The SVG path of a symbol centred on (x, y), `size` px across. */
export function symbolPath(id: SymbolId, x: number, y: number, size: number): SymbolShape {
  const r = size / 2;
  const p = (dx: number, dy: number) => `${round(x + dx)},${round(y + dy)}`;
  const circle = (radius: number) => `M${p(-radius, 0)}a${round(radius)},${round(radius)} 0 1,0 ${round(radius * 2)},0a${round(radius)},${round(radius)} 0 1,0 ${round(-radius * 2)},0Z`;
  const shapes: Record<SymbolId, () => string> = {
    'quote-direct': () => circle(r),
    'quote-reported': () => `M${p(-r * 0.85, -r * 0.85)}H${round(x + r * 0.85)}V${round(y + r * 0.85)}H${round(x - r * 0.85)}Z`,
    place: () => circle(r * 0.7),
    'place-changed': () => `M${p(0, -r * 1.1)}L${p(r * 1.05, r * 0.75)}L${p(-r * 1.05, r * 0.75)}Z`,
    disputed: () => `M${p(0, -r * 1.15)}L${p(r * 0.95, 0)}L${p(0, r * 1.15)}L${p(-r * 0.95, 0)}Z`,
    'stance-reports': () => `M${p(-r * 0.75, -r * 0.75)}H${round(x + r * 0.75)}V${round(y + r * 0.75)}H${round(x - r * 0.75)}Z`,
    'stance-claims': () => `M${p(-r * 0.05, -r * 0.7)}L${p(-r * 0.75, 0)}L${p(-r * 0.05, r * 0.7)}M${p(r * 0.75, -r * 0.7)}L${p(r * 0.05, 0)}L${p(r * 0.75, r * 0.7)}`,
    'stance-denies': () => `M${p(-r * 0.7, -r * 0.7)}L${p(r * 0.7, r * 0.7)}M${p(r * 0.7, -r * 0.7)}L${p(-r * 0.7, r * 0.7)}`,
    'stance-confirms': () => `M${p(-r * 0.8, 0)}L${p(-r * 0.2, r * 0.65)}L${p(r * 0.8, -r * 0.7)}`,
  };
  return { d: shapes[id](), filled: filled[id] };
}

/** "● citation directe" — a symbol and its meaning, for text descriptions. */
export const symbolText = (id: SymbolId) => `${symbols[id].glyph} ${symbols[id].label}`;
