/**
 * Writes a structured price the way a shopper reads it: `49.00` + `USD` → `$49.00`. Keeps the
 * decimals the source gave; an unknown currency code is written after the amount.
 */
export function formatPrice(amount: string | number, currency?: string): string | undefined {
  const text = String(amount).trim();
  if (!/\d/.test(text)) return undefined;
  const value = Number(text);
  const code = currency?.trim().toUpperCase();
  if (!code) return text;
  if (!Number.isFinite(value)) return `${text} ${code}`;
  const decimals = /\.(\d{1,2})$/.exec(text)?.[1]?.length ?? (Number.isInteger(value) ? 0 : 2);
  try {
    return new Intl.NumberFormat('en-US', { style: 'currency', currency: code, minimumFractionDigits: decimals, maximumFractionDigits: decimals }).format(value);
  } catch {
    return `${text} ${code}`;
  }
}
