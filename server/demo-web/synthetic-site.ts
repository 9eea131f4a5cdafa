import type { DemoLanguage } from "./catalog-site";
import { type DemoIndustry, demoIndustryKeys } from "./demo-industries";
import { industryPhrasesEn } from "./industry-phrases-en";
import { industryPhrasesPt } from "./industry-phrases-pt";
import { seededRandom } from "./seeded-random";
import { syntheticBrand } from "./synthetic-brand";
import { syntheticContact } from "./synthetic-contact";
import { daysBefore, type SyntheticPost, syntheticPosts } from "./synthetic-posts";
import { placesEn, placesPt } from "./synthetic-vocabulary";

export type SyntheticPerson = { name: string; role: string; email: string };
export type SyntheticJob = { title: string; location: string; postedAt: string };
export type SyntheticPage = "home" | "about" | "team" | "contact" | "careers" | "blog";

export type SyntheticSite = {
  index: number;
  domain: string;
  name: string;
  industry: DemoIndustry;
  /** "software" companies sell a product to the industry; "services" ones work in it. */
  model: "software" | "services";
  language: DemoLanguage;
  employees: number;
  founded: number;
  city: string;
  region: string;
  country: string;
  street: string;
  postalCode: string;
  phone: string;
  email: string;
  tagline: string;
  description: string;
  keywords: string[];
  people: SyntheticPerson[];
  jobs: SyntheticJob[];
  posts: SyntheticPost[];
  pages: SyntheticPage[];
  social: string[];
  hasJsonLd: boolean;
  hasOpenGraph: boolean;
  robotsDisallow: string[];
};

const nations: Record<string, string> = { BR: "todo o Brasil", US: "the United States", GB: "the United Kingdom", CA: "Canada", AU: "Australia" };

/** Spreads neighbouring indexes over unrelated seeds (murmur3's finaliser). */
function seedOf(index: number): number {
  let h = (index ^ 0x5bd1e995) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

function topLevel(country: string, industry: DemoIndustry, software: boolean, pick: (tlds: string[]) => string): string {
  if (country === "BR") {
    if (industry === "manufacturing") return pick([".ind.br", ".com.br"]);
    if (industry === "agritech") return pick([".agr.br", ".com.br"]);
    if (industry === "legal") return pick([".adv.br", ".com.br"]);
    return ".com.br";
  }
  if (country === "GB") return ".co.uk";
  if (country === "AU") return ".com.au";
  if (country === "CA") return pick([".ca", ".com"]);
  return software ? pick([".io", ".com", ".co"]) : ".com";
}

/** Company number `index` of the synthetic web: the same index always gives the same company. */
export function syntheticSite(index: number): SyntheticSite {
  const brand = syntheticBrand(index);
  const rng = seededRandom(seedOf(index));
  const pt = brand.language === "pt-BR";
  const industry = rng.pick(demoIndustryKeys);
  const phrases = (pt ? industryPhrasesPt : industryPhrasesEn)[industry];
  const software = industry === "saas" || industry === "cybersecurity" || rng.chance(industry === "fintech" || industry === "hr" ? 0.7 : 0.25);
  const place = rng.pick(pt ? placesPt : placesEn);
  const domain = brand.slug + topLevel(place.country, industry, software, (tlds) => rng.pick(tlds));
  const nameWord = rng.pick(phrases.nameWords);
  const name = pt && rng.chance(0.5) ? `${nameWord} ${brand.display}` : `${brand.display} ${nameWord}`;
  const employees = Math.round(5 * Math.pow(1000, rng.next()));
  const founded = software ? rng.int(2008, 2023) : rng.int(1978, 2022);
  const offer = rng.pick(software ? phrases.software : phrases.services);
  const audience = rng.pick(phrases.audiences);
  const locale = pt ? "pt-BR" : "en-US";
  const headcount = employees.toLocaleString(locale);
  const area = employees < 60 ? (pt ? `${place.city} e região` : `the ${place.city} area`) : (nations[place.country] ?? place.country);
  const tagline = `${offer.charAt(0).toUpperCase()}${offer.slice(1)} ${pt ? "para" : "for"} ${audience}`;
  const description = pt
    ? `A ${name} ${software ? "desenvolve" : "oferece"} ${offer} para ${audience} em ${area}. Fundada em ${founded}, com sede em ${place.city}, tem ${headcount} colaboradores.`
    : `${name} ${software ? "builds" : "provides"} ${offer} for ${audience} across ${area}. Founded in ${founded} and based in ${place.city}, it has ${headcount} employees.`;
  const b2b = rng.chance(industry === "retail" || industry === "food" ? 0.4 : 0.9);
  const keywords = [...new Set([...rng.sample(phrases.keywords, 3), ...(software ? ["saas"] : []), ...(b2b ? ["b2b"] : [])])];
  const contact = syntheticContact({ domain, place, pt, employees }, rng);
  const jobs = employees >= 8 && rng.chance(0.5)
    ? rng.sample(phrases.jobs, rng.int(1, 3)).map((title) => ({
        title,
        location: rng.pick([place.city, pt ? "Remoto" : "Remote", pt ? `Híbrido, ${place.city}` : `Hybrid, ${place.city}`]),
        postedAt: daysBefore(rng.int(2, 75)),
      }))
    : [];
  const otherCity = rng.pick((pt ? placesPt : placesEn).filter((p) => p.city !== place.city && p.country === place.country)).city;
  const posts = rng.chance(0.6)
    ? syntheticPosts({ language: brand.language, name, city: place.city, otherCity, offer, audience, employees, founded }, rng)
    : [];
  const pages: SyntheticPage[] = ["home"];
  if (rng.chance(0.9)) pages.push("about");
  if (rng.chance(0.7)) pages.push("team");
  if (rng.chance(0.85)) pages.push("contact");
  if (jobs.length > 0) pages.push("careers");
  if (posts.length > 0) pages.push("blog");
  const robotsRoll = rng.next();
  const robotsDisallow = robotsRoll < 0.04 ? ["/"] : robotsRoll < 0.45 ? rng.sample(["/admin/", "/private/", "/cart/", "/internal/", "/search"], rng.int(1, 2)) : [];
  return {
    index, domain, name, industry, model: software ? "software" : "services", language: brand.language,
    employees, founded, city: place.city, region: place.region, country: place.country,
    ...contact, tagline, description, keywords, jobs, posts, pages,
    hasJsonLd: rng.chance(0.5), hasOpenGraph: rng.chance(0.8), robotsDisallow,
  };
}
