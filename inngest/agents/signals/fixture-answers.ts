import type { FundingSignal } from "./read-funding";
import type { JobRole } from "./read-jobs";

type FundingAnswer = Pick<FundingSignal, "round" | "amount" | "currency" | "date">;
type RoleAnswer = Pick<JobRole, "title" | "location" | "postedAt">;
type PostAnswer = { title: string; date: string | null; sourceUrl: string };

/**
 * Answer key for the demo-web fixture sites (tests and the accuracy bench), read by hand from their
 * careers pages and posts. Only the sites listed were checked; a site missing from a list says nothing.
 */
export const signalFixtureAnswers: {
  /** The one funding round each site announces; grants, dividends, capex and debentures are not rounds. */
  funding: Record<string, FundingAnswer>;
  /** Sites whose posts announce no round (grants, dividends, capex, debt). */
  noFunding: string[];
  hiring: Record<string, RoleAnswer[]>;
  /** Sites whose openings were checked by posting date only, in page order. */
  hiringDates: Record<string, string[]>;
  news: Record<string, PostAnswer[]>;
  expansion: Record<string, Omit<PostAnswer, "title">[]>;
} = {
  funding: {
    "ardentquay-robotics.co.uk": { round: "Growth", amount: 18_000_000, currency: "GBP", date: "2025-11-25" },
    "brightfallow-agri.com": { round: "Seed", amount: 4_500_000, currency: "USD", date: "2025-12-09" },
    "clinexa-health.io": { round: "Series A", amount: 14_000_000, currency: "USD", date: "2026-06-11" },
    "jandaiapay.com.br": { round: "Series B", amount: 120_000_000, currency: "BRL", date: "2026-05-19" },
    "kelpforge-data.io": { round: "Seed", amount: 6_000_000, currency: "USD", date: "2026-09-02" },
    "orbitalpine-analytics.io": { round: "Series A", amount: 9_000_000, currency: "GBP", date: "2026-03-26" },
    "semeare.agr.br": { round: "Seed", amount: 18_000_000, currency: "BRL", date: "2026-06-30" },
    "sprigwell-foods.com": { round: "Series A", amount: 11_000_000, currency: "USD", date: "2025-12-02" },
    "tuiuiu-erp.com.br": { round: "Series A", amount: 45_000_000, currency: "BRL", date: "2026-01-13" },
    "verdantlogix.com": { round: "Series B", amount: 38_000_000, currency: "USD", date: "2026-04-02" },
  },
  noFunding: ["tallowmerelearning.org", "ravenholtmutual.co.uk", "metalurgicaitaperu.ind.br", "ventosolnordeste.com.br", "sabordocampo-coop.com.br", "rotaseriema-logistica.com.br"],
  hiring: {
    "rotaseriema-logistica.com.br": [
      { title: "Motorista Carreteiro", location: "Campinas – SP", postedAt: "2026-11-19" },
      { title: "Analista de Transportes Pleno", location: "Sorocaba – SP", postedAt: "2026-11-03" },
      { title: "Supervisor(a) de Armazém", location: "Jundiaí – SP", postedAt: "2026-10-17" },
    ],
    "dunmorrowfreight.co.uk": [
      { title: "HGV Class 1 Driver - Nights", location: "Grangemouth depot", postedAt: "2026-11-20" },
      { title: "Warehouse Team Leader", location: "Glasgow", postedAt: "2026-10-29" },
      { title: "Transport Planner", location: "Aberdeen", postedAt: "2026-09-15" },
    ],
  },
  hiringDates: { "jandaiapay.com.br": ["2026-11-17", "2026-10-27", "2026-11-12"] },
  news: {
    "dunmorrowfreight.co.uk": [
      { title: "New depot in Inverness", date: "2026-03-02", sourceUrl: "https://dunmorrowfreight.co.uk/news/new-inverness-depot" },
      { title: "Electric HGV trial on the Glasgow-Edinburgh route", date: "2025-11-18", sourceUrl: "https://dunmorrowfreight.co.uk/news/electric-hgv-trial" },
    ],
  },
  expansion: {
    "rotaseriema-logistica.com.br": [
      { date: "2026-07-14", sourceUrl: "https://rotaseriema-logistica.com.br/blog/novo-cd-jundiai" },
      { date: "2026-02-09", sourceUrl: "https://rotaseriema-logistica.com.br/blog/chegada-a-curitiba" },
    ],
  },
};
