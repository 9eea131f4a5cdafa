import type { DemoLanguage } from "./catalog-site";
import type { SeededRandom } from "./seeded-random";
import { slugify } from "./slugify";

export type SyntheticPost = {
  slug: string;
  title: string;
  /** ISO date, yyyy-mm-dd. */
  date: string;
  body: string;
  kind: "funding" | "expansion" | "launch" | "customer";
};

export type PostContext = {
  language: DemoLanguage;
  name: string;
  city: string;
  otherCity: string;
  offer: string;
  audience: string;
  employees: number;
  founded: number;
};

/** Dates count back from a fixed day, not from today, so a site renders the same every time. */
export const syntheticReferenceDate = Date.UTC(2026, 10, 1);

export function daysBefore(days: number): string {
  return new Date(syntheticReferenceDate - days * 86_400_000).toISOString().slice(0, 10);
}

const fundsEn = ["Tallgrass Capital", "Cedar Arc Ventures", "Harbourline Partners", "Lowfield Ventures"];
const fundsPt = ["Mantiqueira Capital", "Cerrado Ventures", "Serra Azul Investimentos", "Pampa Capital"];

function write(kind: SyntheticPost["kind"], c: PostContext, rng: SeededRandom): Omit<SyntheticPost, "slug" | "date" | "kind"> {
  const pt = c.language === "pt-BR";
  const grownTo = Math.round(c.employees * 1.4) + 5;
  switch (kind) {
    case "funding": {
      const round = rng.pick(pt ? ["rodada seed", "Série A", "Série B"] : ["seed round", "Series A", "Series B"]);
      const fund = rng.pick(pt ? fundsPt : fundsEn);
      const amount = pt ? `R$ ${rng.int(8, 90)} milhões` : `$${rng.int(3, 45)} million`;
      return pt
        ? { title: `${c.name} capta ${amount} em ${round}`, body: `Concluímos uma ${round} de ${amount} liderada pela ${fund}. O investimento vai acelerar ${c.offer} e levar o time de ${c.employees} para cerca de ${grownTo} pessoas nos próximos 18 meses.` }
        : { title: `${c.name} raises ${amount} ${round}`, body: `We closed a ${amount} ${round} led by ${fund}. The funding will scale ${c.offer} and take the team from ${c.employees} to roughly ${grownTo} people over the next 18 months.` };
    }
    case "expansion":
      return pt
        ? { title: `Abrimos um novo escritório em ${c.otherCity}`, body: `Depois de ${2026 - c.founded} anos em ${c.city}, a ${c.name} inaugura uma operação em ${c.otherCity} para atender ${c.audience} da região. Estamos contratando para vendas e operações.` }
        : { title: `We are opening an office in ${c.otherCity}`, body: `After ${2026 - c.founded} years in ${c.city}, ${c.name} is opening a second office in ${c.otherCity} to serve ${c.audience} in the region. We are hiring locally for sales and operations.` };
    case "launch":
      return pt
        ? { title: `Novidade: ${c.offer} com relatórios em tempo real`, body: `A partir deste mês, clientes da ${c.name} acompanham ${c.offer} em um painel único, com alertas por e-mail e WhatsApp. A novidade foi pedida por ${c.audience} que atendemos há anos.` }
        : { title: `Now live: real-time reporting for ${c.offer}`, body: `Starting this month, ${c.name} customers can follow ${c.offer} on a single dashboard with email and Slack alerts. It was the most requested feature from ${c.audience} we work with.` };
    case "customer": {
      const pct = rng.int(12, 41);
      return pt
        ? { title: `Como um cliente reduziu custos em ${pct}%`, body: `Um de nossos clientes entre ${c.audience} reduziu custos operacionais em ${pct}% em seis meses com ${c.offer}. Contamos o passo a passo neste estudo de caso.` }
        : { title: `How one customer cut costs by ${pct}%`, body: `One of the ${c.audience} we serve cut operating costs by ${pct}% in six months with ${c.offer}. This case study walks through what changed.` };
    }
  }
}

/** Two or three dated posts, newest first; young companies are the ones that announce funding. */
export function syntheticPosts(context: PostContext, rng: SeededRandom): SyntheticPost[] {
  const kinds: SyntheticPost["kind"][] = ["expansion", "launch", "customer"];
  if (context.founded >= 2012 && context.employees < 1000) kinds.push("funding", "funding");
  const chosen = [...new Set(rng.sample(kinds, rng.int(2, 3)))];
  return chosen
    .map((kind, i) => {
      const post = write(kind, context, rng);
      return { ...post, kind, slug: slugify(post.title), date: daysBefore(rng.int(10, 200) + i * 150) };
    })
    .sort((a, b) => b.date.localeCompare(a.date));
}
