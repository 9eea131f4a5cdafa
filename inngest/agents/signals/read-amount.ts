const currencies: Record<string, string> = { "R$": "BRL", "US$": "USD", $: "USD", "£": "GBP", "€": "EUR" };
const scales: Record<string, number> = {
  k: 1e3, mil: 1e3, m: 1e6, mm: 1e6, mi: 1e6, million: 1e6, milhão: 1e6, milhao: 1e6, milhões: 1e6, milhoes: 1e6,
  bn: 1e9, b: 1e9, bi: 1e9, billion: 1e9, bilhão: 1e9, bilhao: 1e9, bilhões: 1e9, bilhoes: 1e9,
};
const money = /(R\$|US\$|\$|£|€)\s?(\d+(?:[.,]\d+)?)\s?(milh(?:ão|ao|ões|oes)|bilh(?:ão|ao|ões|oes)|million|billion|mil|mm|bn|mi|bi|[kmb])?(?![\p{L}])/iu;

/** The first money amount in `text` ("$4.5M", "£18 million", "R$ 28 milhões"), in units of its currency. */
export function readAmount(text: string): { amount: number; currency: string } | null {
  const m = money.exec(text);
  if (!m) return null;
  const [, symbol = "", digits = "", unit] = m;
  const currency = currencies[symbol.toUpperCase()] ?? null;
  const pt = currency === "BRL";
  // "R$ 1,5 milhão" uses a decimal comma; "$4.5M" a decimal point.
  const number = Number(pt ? digits.replace(/\./g, "").replace(",", ".") : digits.replace(/,/g, ""));
  const scale = unit ? (scales[unit.toLowerCase()] ?? 1) : 1;
  if (!currency || !Number.isFinite(number)) return null;
  return { amount: Math.round(number * scale), currency };
}
