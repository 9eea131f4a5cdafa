import type { CheerioAPI } from "cheerio";
import { textByNode } from "./text-by-node";

export type FoundEmail = { address: string; role: boolean; sourceUrl: string; confidence: number };

const emailPattern = /[a-z0-9][a-z0-9._%+-]{0,63}@[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)+/gi;
// `name [at] domain [dot] co [dot] uk`, as legacy sites write addresses to dodge harvesters.
const obfuscatedPattern = /\b([a-z0-9][a-z0-9._+-]{0,63})\s*[[(]\s*at\s*[\])]\s*([a-z0-9-]+(?:\s*[[(]\s*dot\s*[\])]\s*[a-z0-9-]+)+)/gi;
const fileSuffix = /\.(png|jpe?g|gif|svg|webp|avif|css|js|ico)$/i;
const placeholderDomains = new Set(["example.com", "example.org", "domain.com", "email.com", "sentry.io", "wixpress.com"]);

const roleLocalParts = new Set([
  "info", "contact", "contacts", "contato", "contatos", "contacto", "hello", "hi", "oi", "ola", "sales", "vendas",
  "comercial", "support", "suporte", "help", "ajuda", "atendimento", "sac", "service", "services", "admin", "office",
  "enquiries", "inquiries", "press", "imprensa", "media", "marketing", "jobs", "careers", "carreiras", "vagas", "rh",
  "hr", "recruitment", "recrutamento", "billing", "financeiro", "finance", "compras", "purchasing", "noreply",
  "no-reply", "team", "privacy", "legal", "juridico", "ouvidoria", "faleconosco", "webmaster", "postmaster", "partners",
  "parcerias", "orcamento", "orcamentos", "reservas", "bookings", "accounts", "security", "abuse", "frontdesk",
  "reception", "recepcao", "quality", "qualidade", "agendamento", "empresas", "projects", "projetos", "wholesale",
  "atacado", "admissions", "matriculas", "customs", "ir", "ri", "investors", "investidores", "care", "customercare",
  "vendors", "fornecedores", "suprimentos", "orders", "pedidos", "leasing", "offices", "growers", "cooperado",
  "contadores", "energia", "general", "mail", "email",
]);

function isValidEmail(address: string): boolean {
  const [local, domain] = address.split("@");
  if (!local || !domain || local.length > 64 || address.length > 254) return false;
  if (local.startsWith(".") || local.endsWith(".") || local.includes("..")) return false;
  const tld = domain.split(".").at(-1) ?? "";
  return /^[a-z]{2,24}$/.test(tld) && !fileSuffix.test(address) && !placeholderDomains.has(domain);
}

function found(raw: string, sourceUrl: string, confidence: number): FoundEmail | null {
  const address = raw.trim().toLowerCase().replace(/^[._-]+|[._-]+$/g, "");
  if (!isValidEmail(address)) return null;
  const local = address.slice(0, address.indexOf("@")).split("+", 1).join("");
  return { address, role: roleLocalParts.has(local), sourceUrl, confidence };
}

/**
 * Addresses in `mailto:` links (0.9), text (0.7) and `[at]`/`[dot]` spellings (0.6). Text is read
 * one text node at a time (see `textByNode`).
 */
export function extractEmails($: CheerioAPI, sourceUrl: string): FoundEmail[] {
  const results: (FoundEmail | null)[] = [];
  $("a[href]").each((_, element) => {
    const href = $(element).attr("href")?.trim() ?? "";
    if (!/^mailto:/i.test(href)) return;
    let target = href.slice(7).replace(/\?.*$/, "");
    try {
      target = decodeURIComponent(target);
    } catch {
      return;
    }
    for (const part of target.split(",")) results.push(found(part, sourceUrl, 0.9));
  });
  const text = textByNode($);
  for (const match of text.matchAll(emailPattern)) results.push(found(match[0], sourceUrl, 0.7));
  for (const match of text.matchAll(obfuscatedPattern)) {
    const domain = (match[2] ?? "").replace(/\s*[[(]\s*dot\s*[\])]\s*/gi, ".");
    results.push(found(`${match[1] ?? ""}@${domain}`, sourceUrl, 0.6));
  }
  return results.filter((email): email is FoundEmail => email !== null);
}
