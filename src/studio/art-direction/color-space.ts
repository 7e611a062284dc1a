/** Hex, RGB and HSL conversions: palettes are derived and shifted in HSL, stored as hex. */
export interface Rgb {
  r: number;
  g: number;
  b: number;
}

/** Hue in degrees (0–360), saturation and lightness in percent (0–100). */
export interface Hsl {
  h: number;
  s: number;
  l: number;
}

/** "#abc" or "#aabbcc" (any case) → "#aabbcc". */
export function normalizeHex(hex: string): string {
  const body = hex.trim().replace(/^#/, '').toLowerCase();
  const full = body.length === 3 ? [...body].map((c) => c + c).join('') : body;
  if (!/^[0-9a-f]{6}$/.test(full)) throw new RangeError(`not a hex color: ${hex}`);
  return `#${full}`;
}

export function parseHex(hex: string): Rgb {
  const full = normalizeHex(hex);
  return { r: parseInt(full.slice(1, 3), 16), g: parseInt(full.slice(3, 5), 16), b: parseInt(full.slice(5, 7), 16) };
}

export function toHex({ r, g, b }: Rgb): string {
  const part = (v: number) => Math.round(Math.min(255, Math.max(0, v))).toString(16).padStart(2, '0');
  return `#${part(r)}${part(g)}${part(b)}`;
}

export function rgbToHsl({ r, g, b }: Rgb): Hsl {
  const [rn, gn, bn] = [r / 255, g / 255, b / 255];
  const max = Math.max(rn, gn, bn);
  const min = Math.min(rn, gn, bn);
  const l = (max + min) / 2;
  if (max === min) return { h: 0, s: 0, l: l * 100 };
  const d = max - min;
  const s = l > 0.5 ? d / (2 - max - min) : d / (max + min);
  const h = max === rn ? (gn - bn) / d + (gn < bn ? 6 : 0) : max === gn ? (bn - rn) / d + 2 : (rn - gn) / d + 4;
  return { h: h * 60, s: s * 100, l: l * 100 };
}

export function hslToRgb({ h, s, l }: Hsl): Rgb {
  const sn = clamp(s, 0, 100) / 100;
  const ln = clamp(l, 0, 100) / 100;
  const k = (n: number) => (n + wrapHue(h) / 30) % 12;
  const a = sn * Math.min(ln, 1 - ln);
  const f = (n: number) => ln - a * Math.max(-1, Math.min(k(n) - 3, Math.min(9 - k(n), 1)));
  return { r: f(0) * 255, g: f(8) * 255, b: f(4) * 255 };
}

export function hexToHsl(hex: string): Hsl {
  return rgbToHsl(parseHex(hex));
}

export function hslToHex(hsl: Hsl): string {
  return toHex(hslToRgb(hsl));
}

/** Linear blend in RGB: t = 0 gives `a`, t = 1 gives `b`. */
export function mixHex(a: string, b: string, t: number): string {
  const x = parseHex(a);
  const y = parseHex(b);
  return toHex({ r: x.r + (y.r - x.r) * t, g: x.g + (y.g - x.g) * t, b: x.b + (y.b - x.b) * t });
}

/** Adjusts a hex color in HSL space. */
export function adjustHex(hex: string, change: Partial<{ h: number; s: number; l: number }>): string {
  const hsl = hexToHsl(hex);
  return hslToHex({ h: wrapHue(hsl.h + (change.h ?? 0)), s: clamp(hsl.s + (change.s ?? 0), 0, 100), l: clamp(hsl.l + (change.l ?? 0), 0, 100) });
}

export function wrapHue(h: number): number {
  return ((h % 360) + 360) % 360;
}

export function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}
