/**
 * Answer key for the demo-web fixture sites (tests and the accuracy bench): the technologies each
 * site uses, read by hand from its markup and from the response headers and cookies in its site.json.
 */
export const techFixtureAnswers: Record<string, string[]> = {
  "ravenholtmutual.co.uk": ["Apache", "Cookiebot", "Google Tag Manager", "PHP", "WordPress", "Zendesk"],
  "sabordocampo-coop.com.br": ["Google Analytics 4", "Nginx", "PHP", "RD Station", "WordPress"],
  "pailwright.com": ["Cloudflare", "Google Tag Manager", "Meta Pixel", "Shopify"],
  "sprigwell-foods.com": ["Cloudflare", "Hotjar", "Meta Pixel", "Shopify"],
  "fernhollow-vetclinic.com": ["Wix"],
  "jabuticabacriativa.com.br": ["Meta Pixel", "RD Station", "Wix"],
  "quincemoth-studio.com": ["Calendly", "Squarespace"],
  "clinexa-health.io": ["Intercom", "Next.js", "Segment", "Vercel"],
  "trilhaaberta-cursos.com.br": ["Meta Pixel", "Netlify", "Next.js", "RD Station"],
  "harborkiln-ceramics.com": ["ASP.NET", "Microsoft IIS", "jQuery"],
  "ledgerbloom.co": ["Cloudflare", "Google Tag Manager", "LinkedIn Insight Tag", "Stripe"],
  "dunmorrowfreight.co.uk": ["Apache", "Google Analytics (Universal)"],
  "tuiuiu-erp.com.br": ["Google Analytics 4", "Intercom", "Nginx", "Phusion Passenger", "RD Station"],
  "ardentquay-robotics.co.uk": ["Cookiebot", "Express", "Google Analytics 4", "Nginx"],
  "casaipeamarelo.com.br": ["Cloudflare", "Google Tag Manager", "Meta Pixel", "Shopify"],
  "orbitalpine-analytics.io": ["Google Cloud", "HubSpot", "Next.js", "Segment"],
  "brightfallow-agri.com": ["Amazon CloudFront", "Amazon S3", "Google Analytics 4", "Hotjar"],
  "jacarandalilas.com.br": ["Apache", "Google Analytics 4", "PHP", "Varnish"],
  "semeare.agr.br": ["Fastly", "Hotjar", "HubSpot", "Nginx", "Varnish"],
};
