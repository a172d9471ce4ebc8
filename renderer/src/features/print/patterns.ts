/**
 * Audience colours also have to read on a black-and-white printer: each audience gets
 * a hatching pattern (by its place in the legend) on top of its colour, and a text label.
 */
const INK = 'rgba(0, 0, 0, 0.55)';
const PATTERNS = [
  'none',
  `repeating-linear-gradient(45deg, ${INK} 0 0.45mm, transparent 0.45mm 1.6mm)`,
  `repeating-linear-gradient(0deg, ${INK} 0 0.45mm, transparent 0.45mm 1.4mm)`,
  `radial-gradient(${INK} 0.4mm, transparent 0.5mm) 0 0 / 1.4mm 1.4mm`,
  `repeating-linear-gradient(-45deg, ${INK} 0 0.45mm, transparent 0.45mm 1.6mm)`,
  `repeating-linear-gradient(90deg, ${INK} 0 0.45mm, transparent 0.45mm 1.4mm)`,
  `repeating-linear-gradient(45deg, ${INK} 0 0.35mm, transparent 0.35mm 1.6mm), repeating-linear-gradient(-45deg, ${INK} 0 0.35mm, transparent 0.35mm 1.6mm)`,
];

/** The CSS background of an audience's swatch: its colour under its pattern. */
export function swatch(colour: string, legendIndex: number): string {
  const pattern = PATTERNS[((legendIndex % PATTERNS.length) + PATTERNS.length) % PATTERNS.length];
  return pattern === 'none' ? colour : `${pattern}, ${colour}`;
}

/** A light tint of a colour (mixed with white), for backgrounds that text sits on. */
export function tint(colour: string, white: number): string {
  const hex = colour.replace('#', '');
  const mix = [0, 2, 4].map((i) => Math.round(parseInt(hex.slice(i, i + 2), 16) * (1 - white) + 255 * white));
  return `rgb(${mix.join(', ')})`;
}
