/** The fact keys a stored line cites, in order. */
export function citedKeys(line: { cites: { key: string }[] }): string[] {
  return line.cites.map((c) => c.key);
}
