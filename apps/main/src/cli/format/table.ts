// Plain-text tables for the terminal, aligned by display width so Chinese labels line up too.

/** Columns a string takes in a terminal: East Asian wide and fullwidth characters take two. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    if (code < 0x20 || (code >= 0x300 && code < 0x370)) continue;
    const wide =
      (code >= 0x1100 && code <= 0x115f) ||
      (code >= 0x2e80 && code <= 0xa4cf) ||
      (code >= 0xac00 && code <= 0xd7a3) ||
      (code >= 0xf900 && code <= 0xfaff) ||
      (code >= 0xfe30 && code <= 0xfe4f) ||
      (code >= 0xff00 && code <= 0xff60) ||
      (code >= 0xffe0 && code <= 0xffe6) ||
      (code >= 0x1f300 && code <= 0x1faff) ||
      (code >= 0x20000 && code <= 0x3fffd);
    width += wide ? 2 : 1;
  }
  return width;
}

/** Renders `rows` under `headers`, columns two spaces apart, without trailing spaces. */
export function renderTable(headers: readonly string[], rows: readonly (readonly string[])[]): string {
  const all = [headers, ...rows];
  const widths = headers.map((_, c) => Math.max(...all.map((r) => displayWidth(r[c] ?? ''))));
  return all
    .map((row) =>
      headers
        .map((_, c) => {
          const cell = row[c] ?? '';
          return c === headers.length - 1 ? cell : cell + ' '.repeat((widths[c] ?? 0) - displayWidth(cell));
        })
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}
