/**
 * Countries the demo web's companies live in. `terms` feed search, so "Brasil", "UK" or
 * "Reino Unido" all reach the same companies.
 */
export const demoCountries = {
  BR: { en: "Brazil", pt: "Brasil", terms: "brazil brasil br latam america latina south" },
  US: { en: "United States", pt: "Estados Unidos", terms: "united states usa us america north eua" },
  GB: { en: "United Kingdom", pt: "Reino Unido", terms: "united kingdom uk britain england scotland europe europa" },
  CA: { en: "Canada", pt: "Canadá", terms: "canada north america" },
  AU: { en: "Australia", pt: "Austrália", terms: "australia apac oceania" },
} as const;

export type DemoCountry = keyof typeof demoCountries;

export function countryName(code: string, language: "en" | "pt-BR"): string {
  const country = (demoCountries as Record<string, { en: string; pt: string }>)[code];
  if (!country) return code;
  return language === "pt-BR" ? country.pt : country.en;
}
