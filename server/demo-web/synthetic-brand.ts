import type { DemoLanguage } from "./catalog-site";
import { slugify } from "./slugify";
import { brandRootsEn, brandRootsPt } from "./synthetic-vocabulary";

export type SyntheticBrand = { language: DemoLanguage; display: string; slug: string };

/** Coprime with both pair counts, so stepping by it visits every prefix × suffix pair once. */
const stride = 7919;

function capitalize(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/**
 * The brand of synthetic company `index`: one in three is Brazilian. Within a language the
 * index is a position in a permutation of prefix × suffix pairs, then a qualifier, then a
 * number, so brands never repeat however many indexes are asked for.
 */
export function syntheticBrand(index: number): SyntheticBrand {
  if (!Number.isSafeInteger(index) || index < 0) throw new RangeError(`Synthetic site index must be a non-negative integer, got ${index}`);
  const language: DemoLanguage = index % 3 === 2 ? "pt-BR" : "en";
  const roots = language === "pt-BR" ? brandRootsPt : brandRootsEn;
  const ordinal = language === "pt-BR" ? Math.floor(index / 3) : 2 * Math.floor(index / 3) + (index % 3);
  const pairs = roots.prefixes.length * roots.suffixes.length;
  const slot = ((ordinal % pairs) * stride + 101) % pairs;
  const prefix = roots.prefixes[slot % roots.prefixes.length] ?? "";
  const suffix = roots.suffixes[Math.floor(slot / roots.prefixes.length)] ?? "";
  const cycle = Math.floor(ordinal / pairs);
  const qualifier = roots.qualifiers[cycle % roots.qualifiers.length] ?? "";
  const round = Math.floor(cycle / roots.qualifiers.length);
  const tail = [qualifier, round > 0 ? String(round + 1) : ""].filter(Boolean).join(" ");
  // Compounds drop the prefix's accent ("Ipê" + "verde" → "Ipeverde"), as Brazilian brand names usually do.
  const root = capitalize(roots === brandRootsPt ? prefix.normalize("NFD").replace(/[\u0300-\u036f]/g, "") : prefix) + suffix;
  const display = [root, tail].filter(Boolean).join(" ");
  return { language, display, slug: slugify(display).replace(/-/g, "") };
}
