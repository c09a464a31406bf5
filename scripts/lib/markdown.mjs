// Markdown helpers shared by the hazard-analysis and bench scripts.

/** Text made safe for one cell of a Markdown table (pipes escaped, line breaks as <br>). */
export function mdCell(value) {
  return String(value ?? '').replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, '<br>');
}

/** A Markdown table from a header row and rows of cells. */
export function mdTable(header, rows) {
  const line = (cells) => `| ${cells.map(mdCell).join(' | ')} |`;
  return [line(header), `|${header.map(() => '---').join('|')}|`, ...rows.map(line)].join('\n');
}

/**
 * `text` with the part from the line `begin` to the line `end` (both markers
 * included) replaced by `section`, which carries its own markers; an error
 * naming `who` when the markers are missing or out of order.
 */
export function replaceMarkedSection(text, begin, end, section, who) {
  const from = text.indexOf(begin);
  const to = text.indexOf(end);
  if (from < 0 || to < from) throw new Error(`${who}: the ${who} markers are missing from the docs file`);
  return `${text.slice(0, from)}${section}${text.slice(to + end.length)}`;
}
