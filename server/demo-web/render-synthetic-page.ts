import { type DemoPage, htmlType, textType } from "./demo-page";
import { escapeHtml as e } from "./escape-html";
import { syntheticJsonLd } from "./synthetic-json-ld";
import type { SyntheticPage, SyntheticSite } from "./synthetic-site";

const labels = {
  en: { home: "Home", about: "About", team: "Team", contact: "Contact", careers: "Careers", blog: "Blog", posted: "Posted", read: "Read more" },
  "pt-BR": { home: "Início", about: "Sobre", team: "Equipe", contact: "Contato", careers: "Trabalhe conosco", blog: "Blog", posted: "Publicada em", read: "Leia mais" },
} as const;

/** A few real-world script tags, so the tech stack detector has something to find on synthetic sites too. */
const stacks = [
  `<script async src="https://www.googletagmanager.com/gtag/js?id=G-DEMO0001"></script>`,
  `<script src="https://js.hs-scripts.com/0000000.js" id="hs-script-loader" async defer></script>`,
  `<link rel="stylesheet" href="/wp-content/themes/demo/style.css">`,
  "",
];

function socialLabel(url: string): string {
  const host = new URL(url).hostname.replace(/^www\./, "");
  return host === "x.com" ? "X" : host.charAt(0).toUpperCase() + host.slice(1, host.indexOf("."));
}

function layout(site: SyntheticSite, page: SyntheticPage, title: string, body: string): string {
  const l = labels[site.language];
  const nav = site.pages.map((p) => `<a href="${p === "home" ? "/" : `/${p}`}">${l[p]}</a>`).join(" ");
  const og = site.hasOpenGraph
    ? `<meta property="og:title" content="${e(title)}"><meta property="og:site_name" content="${e(site.name)}"><meta property="og:type" content="website"><meta property="og:url" content="https://${site.domain}/${page === "home" ? "" : page}">`
    : "";
  const ld = site.hasJsonLd && (page === "home" || page === "about") ? `<script type="application/ld+json">${syntheticJsonLd(site)}</script>` : "";
  return `<!doctype html>
<html lang="${site.language}">
<head><meta charset="utf-8"><title>${e(title)}</title>
<meta name="description" content="${e(site.description)}">${og}${ld}${stacks[site.index % stacks.length]}</head>
<body><header><a href="/">${e(site.name)}</a> <nav>${nav}</nav></header>
<main>${body}</main>
<footer>© ${site.founded}–2026 ${e(site.name)} · ${e(site.street)}, ${e(site.city)} · ${site.social.map((s) => `<a href="${s}" rel="me">${socialLabel(s)}</a>`).join(" ")}</footer>
</body></html>`;
}

function section(site: SyntheticSite, page: SyntheticPage): string {
  const pt = site.language === "pt-BR";
  const l = labels[site.language];
  switch (page) {
    case "home":
      return `<h1>${e(site.tagline)}</h1><p>${e(site.description)}</p>`;
    case "about":
      return `<h1>${l.about}</h1><p>${e(site.description)}</p><p>${pt ? `Desde ${site.founded} em ${e(site.city)}, ${e(site.region)}.` : `Since ${site.founded} in ${e(site.city)}, ${e(site.region)}.`}</p>`;
    case "team":
      return `<h1>${l.team}</h1><ul class="team">${site.people.map((p) => `<li><h3>${e(p.name)}</h3><p class="role">${e(p.role)}</p></li>`).join("")}</ul>`;
    case "contact":
      return `<h1>${l.contact}</h1><p><a href="mailto:${site.email}">${site.email}</a></p><p><a href="tel:${site.phone.replace(/[^+\d]/g, "")}">${site.phone}</a></p>
<address>${e(site.street)}<br>${e(site.city)} – ${e(site.region)}<br>${e(site.postalCode)}</address>
<p>${site.people.slice(0, 2).map((p) => `${e(p.name)}: <a href="mailto:${p.email}">${p.email}</a>`).join("<br>")}</p>`;
    case "careers":
      return `<h1>${l.careers}</h1><ul class="jobs">${site.jobs.map((j) => `<li><h3>${e(j.title)}</h3><p>${e(j.location)} · ${l.posted} <time datetime="${j.postedAt}">${j.postedAt}</time></p></li>`).join("")}</ul>`;
    case "blog":
      return `<h1>${l.blog}</h1>${site.posts.map((p) => `<article><h2><a href="/blog/${p.slug}">${e(p.title)}</a></h2><time datetime="${p.date}">${p.date}</time><p>${e(p.body.slice(0, 120))}… <a href="/blog/${p.slug}">${l.read}</a></p></article>`).join("")}`;
  }
}

function robots(site: SyntheticSite): string {
  const rules = site.robotsDisallow.map((p) => `Disallow: ${p}`).join("\n");
  return `User-agent: *\n${rules || "Allow: /"}\n`;
}

/** The page at `path` of a synthetic site, or null when the site has no such page. */
export function renderSyntheticPage(site: SyntheticSite, path: string): DemoPage | null {
  const clean = path.length > 1 ? path.replace(/\/+$/, "") : path;
  if (clean === "/robots.txt") return { status: 200, contentType: textType, body: robots(site) };
  const l = labels[site.language];
  if (clean.startsWith("/blog/") && site.pages.includes("blog")) {
    const post = site.posts.find((p) => `/blog/${p.slug}` === clean);
    if (!post) return null;
    const body = `<article><h1>${e(post.title)}</h1><p><time datetime="${post.date}">${post.date}</time></p><p>${e(post.body)}</p></article>`;
    return { status: 200, contentType: htmlType, body: layout(site, "blog", `${post.title} | ${site.name}`, body) };
  }
  const page = (clean === "/" ? "home" : clean.slice(1)) as SyntheticPage;
  if (!site.pages.includes(page)) return null;
  const title = page === "home" ? `${site.name} | ${site.tagline}` : `${l[page]} | ${site.name}`;
  return { status: 200, contentType: htmlType, body: layout(site, page, title, section(site, page)) };
}
