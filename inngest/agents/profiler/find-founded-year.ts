const month = "(?:[A-Za-zç]+\\s+(?:de\\s+)?)?";
const patterns = [
  new RegExp(`\\b(?:founded|established|incorporated)\\s+(?:in\\s+)?${month}(\\d{4})\\b`, "i"),
  /\bin business since (\d{4})\b/i,
  new RegExp(`\\b(?:fundad[ao]|criad[ao]|estabelecid[ao])\\s+(?:em\\s+)?${month}(\\d{4})\\b`, "iu"),
  /\b(?:no mercado|em atividade|atuando) desde (\d{4})\b/iu,
];

/** The founding year a page states ("founded in 2014", "fundada em março de 2014"), if plausible. */
export function findFoundedYear(text: string): number | null {
  for (const pattern of patterns) {
    const year = Number(pattern.exec(text)?.[1]);
    if (year >= 1800 && year <= new Date().getFullYear()) return year;
  }
  return null;
}
