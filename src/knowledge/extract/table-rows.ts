/**
 * One spreadsheet or CSV row as a self-contained sentence — "Sheet Prices — Product: Kettle;
 * Price: 12." — so a passage cut from the middle of a table still says what each value is.
 * The final period lets sentence splitters (the copy step's) tell rows apart.
 */
export function describeRow(context: string | undefined, header: readonly string[] | undefined, cells: readonly string[]): string | undefined {
  const parts: string[] = [];
  cells.forEach((cell, index) => {
    const value = cell.trim();
    if (!value) return;
    const label = header?.[index]?.trim();
    parts.push(label ? `${label}: ${value}` : value);
  });
  if (parts.length === 0) return undefined;
  const body = parts.join('; ');
  return `${context ? `${context} — ` : ''}${body}${/[.!?]$/.test(body) ? '' : '.'}`;
}

/** A first row reads as a header when every filled cell is text (a row of numbers is data). */
export function looksLikeHeader(cells: ReadonlyArray<string | number | boolean | Date | undefined>): boolean {
  const filled = cells.filter((cell) => cell !== undefined && cell !== '');
  return filled.length > 0 && filled.every((cell) => typeof cell === 'string' && !/^[\d\s.,%$€£-]+$/.test(cell));
}
