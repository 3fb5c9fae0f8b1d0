// Colour arithmetic for the palette test: WCAG contrast ratios, colour-vision deficiency simulation
// (Machado, Oliveira and Fernandes 2009, severity 1, in linear RGB) and CIE76 colour differences in Lab.

export type Rgb = readonly [number, number, number];
export type Vision = 'normal' | 'protanopia' | 'deuteranopia' | 'tritanopia';

const MACHADO: Readonly<Record<Exclude<Vision, 'normal'>, readonly Rgb[]>> = {
  protanopia: [
    [0.152286, 1.052583, -0.204868],
    [0.114503, 0.786281, 0.099216],
    [-0.003882, -0.048116, 1.051998],
  ],
  deuteranopia: [
    [0.367322, 0.860646, -0.227968],
    [0.280085, 0.672501, 0.047413],
    [-0.01182, 0.04294, 0.968881],
  ],
  tritanopia: [
    [1.255528, -0.076749, -0.178779],
    [-0.078411, 0.930809, 0.147602],
    [0.004733, 0.691367, 0.3039],
  ],
};

/** `#rrggbb` as linear RGB in [0, 1]. */
export function linear(hex: string): Rgb {
  const n = Number.parseInt(hex.slice(1), 16);
  const channel = (v: number): number => {
    const c = v / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return [channel(n >> 16), channel((n >> 8) & 255), channel(n & 255)];
}

/** WCAG 2 relative luminance and contrast ratio. */
export function contrast(a: string, b: string): number {
  const lum = (hex: string): number => {
    const [r, g, bl] = linear(hex);
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** The colour as seen with `vision`, in linear RGB. */
export function simulate(hex: string, vision: Vision): Rgb {
  const rgb = linear(hex);
  if (vision === 'normal') return rgb;
  const clamp = (v: number): number => Math.min(1, Math.max(0, v));
  return MACHADO[vision].map((row) => clamp(row[0] * rgb[0] + row[1] * rgb[1] + row[2] * rgb[2])) as unknown as Rgb;
}

/** CIE L*a*b* (D65) of a linear RGB colour. */
export function lab([r, g, b]: Rgb): Rgb {
  const x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047;
  const y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  const z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883;
  const f = (t: number): number => (t > 216 / 24389 ? Math.cbrt(t) : (24389 / 27 * t + 16) / 116);
  return [116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))];
}

/** CIE76 ΔE between two colours as seen with `vision`. */
export function difference(a: string, b: string, vision: Vision): number {
  const [l1, a1, b1] = lab(simulate(a, vision));
  const [l2, a2, b2] = lab(simulate(b, vision));
  return Math.hypot(l1 - l2, a1 - a2, b1 - b2);
}
