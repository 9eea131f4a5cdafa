// English name by the ways pages write it: English, Portuguese, ISO 3166 alpha-2 and -3 codes.
const countries: [string, string[]][] = [
  ["Brazil", ["brazil", "brasil", "br", "bra"]],
  ["Portugal", ["portugal", "pt", "prt"]],
  ["United States", ["united states", "united states of america", "usa", "us", "estados unidos", "eua"]],
  ["Canada", ["canada", "canadá", "ca", "can"]],
  ["Mexico", ["mexico", "méxico", "mx", "mex"]],
  ["Argentina", ["argentina", "ar", "arg"]],
  ["Chile", ["chile", "cl", "chl"]],
  ["Colombia", ["colombia", "colômbia", "co", "col"]],
  ["Peru", ["peru", "pe", "per"]],
  ["Uruguay", ["uruguay", "uruguai", "uy", "ury"]],
  ["Spain", ["spain", "espanha", "españa", "es", "esp"]],
  ["France", ["france", "frança", "fr", "fra"]],
  ["Germany", ["germany", "alemanha", "deutschland", "de", "deu"]],
  ["United Kingdom", ["united kingdom", "uk", "gb", "gbr", "reino unido", "england", "inglaterra"]],
  ["Ireland", ["ireland", "irlanda", "ie", "irl"]],
  ["Netherlands", ["netherlands", "holanda", "países baixos", "nl", "nld"]],
  ["Italy", ["italy", "itália", "italia", "it", "ita"]],
  ["India", ["india", "índia", "in", "ind"]],
  ["Israel", ["israel", "il", "isr"]],
  ["Australia", ["australia", "austrália", "au", "aus"]],
  ["Japan", ["japan", "japão", "jp", "jpn"]],
  ["Singapore", ["singapore", "singapura", "sg", "sgp"]],
];
const byAlias = new Map(countries.flatMap(([name, aliases]) => aliases.map((alias) => [alias, name] as const)));

/**
 * The English name of a country a page names, or null when the words are not a country we
 * recognise; codes only match in capitals so "in" or "it" in prose are never read as countries.
 */
export function countryName(value: string): string | null {
  const trimmed = value.trim().replace(/\.$/, "");
  const isCode = /^[A-Za-z]{2,3}$/.test(trimmed);
  if (isCode && trimmed !== trimmed.toUpperCase()) return null;
  return byAlias.get(trimmed.toLowerCase()) ?? null;
}
