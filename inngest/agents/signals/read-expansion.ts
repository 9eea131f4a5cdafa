import type { Post } from "./read-posts";

export type ExpansionSignal = { summary: string; date: string | null; sourceUrl: string; quote: string };

// New places (offices, units, depots, stores, markets), in English and Brazilian Portuguese.
const expansion = new RegExp(
  [
    String.raw`\b(open(s|ed|ing)?|launch(es|ed|ing)?)\b[^.]{0,40}\b(office|depot|hub|campus|store|branch|warehouse|cross-dock|location|operations? cent(er|re))\b`,
    String.raw`\b(new|second|third|fourth|fifth|sixth)\s+(office|depot|hub|campus|branch|market|warehouse|location|operations? cent(er|re))\b`,
    String.raw`\bexpan(d|ds|ded|ding|sion)\s+(to|into|south|north|east|west|across)\b`,
    String.raw`\b(nova|segunda|terceira|quarta)\s+(unidade|filial|loja|sede|fábrica|torrefação)\b`,
    String.raw`\bnovo\s+(escritório|centro de distribuição|CD|armazém)\b`,
    String.raw`\b(abr(e|imos|iu|em)|inaugur(a|amos|ou|am))\b[^.]{0,60}\b(escritório|unidade|filial|loja|centro de distribuição|operação|torrefação)\b`,
    String.raw`\bexpans[ãa]o\b|\bexpandir para\b|\bchega(mos)? (a|às|ao)\b`,
  ].join("|"),
  "iu",
);

const sentences = (text: string) => text.split(/(?<=[.!?])\s+/);

/** An expansion a post announces (new office, unit, market), summarised by the post's title. */
export function readExpansion(post: Post): ExpansionSignal | null {
  const quote = sentences(post.text).find((s) => expansion.test(s));
  if (!quote) return null;
  return { summary: post.title, date: post.date, sourceUrl: post.url, quote: quote.slice(0, 300) };
}
