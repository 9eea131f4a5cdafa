/** "1 lead", "1,200 leads" / "1.200 leads": a number in the language's digits with the noun that fits it. */
export function count(locale: string, n: number, one: string, many: string): string {
  return `${n.toLocaleString(locale)} ${n === 1 ? one : many}`;
}
