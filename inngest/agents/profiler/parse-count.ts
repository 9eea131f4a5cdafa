// Small counts are often spelled out ("our team of seven", "somos doze"); one is left out, since "one" is rarely a headcount.
const numberWords: Record<string, number> = {
  two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20,
  dois: 2, duas: 2, três: 3, quatro: 4, cinco: 5, seis: 6, sete: 7, oito: 8, nove: 9, dez: 10, onze: 11, doze: 12,
  treze: 13, quatorze: 14, catorze: 14, quinze: 15, dezesseis: 16, dezessete: 17, dezoito: 18, dezenove: 19, vinte: 20,
};

/** A count written as digits or as a word, for regular expressions: "1,200", "1.200", "200", "seven", "doze". */
export const countPattern = `(?:\\d{1,3}(?:[.,]\\d{3})+|\\d+|${Object.keys(numberWords).sort((a, b) => b.length - a.length).join("|")})`;

/**
 * Reads "1,200", "1.200", "200" or a number word up to twenty as a count; thousands separators
 * are dots in PT-BR and commas in EN.
 */
export function parseCount(raw: string): number | null {
  const word = numberWords[raw.toLowerCase()];
  if (word) return word;
  const digits = /^\d{1,3}([.,]\d{3})+$/.test(raw) ? raw.replace(/[.,]/g, "") : raw;
  const value = Number(digits);
  return Number.isInteger(value) && value > 0 && value <= 5_000_000 ? value : null;
}
