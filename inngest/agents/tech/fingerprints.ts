/** What a technology is for; the stack fact is sorted by this, then by name. */
export type TechCategory =
  | "Advertising" | "Analytics" | "Caching" | "CDN & fonts" | "CMS" | "Chat & support" | "Commerce" | "Consent"
  | "CSS framework" | "Hosting & CDN" | "JavaScript framework" | "JavaScript library" | "Marketing automation"
  | "Payments" | "Scheduling" | "Tag manager" | "Web server";

/**
 * One technology and the traces it leaves. Our own rules, written from each vendor's public
 * embed snippets. Specific traces (script/link URLs, generator meta, globals, headers, cookies)
 * are trusted more than `html`, a loose pattern over the markup.
 */
export type Fingerprint = {
  name: string;
  category: TechCategory;
  scriptSrc?: RegExp[];
  linkHref?: RegExp[];
  meta?: RegExp[];
  /** Matched against inline `<script>` bodies. */
  inline?: RegExp[];
  html?: RegExp[];
  /** Response header name → value pattern, when the crawler kept headers. */
  headers?: Record<string, RegExp>;
  cookies?: string[];
};

export const fingerprints: Fingerprint[] = [
  { name: "WordPress", category: "CMS", meta: [/^WordPress/i], scriptSrc: [/\/wp-(content|includes)\//], linkHref: [/\/wp-(content|includes)\//], headers: { link: /api\.w\.org/, "x-pingback": /\/xmlrpc\.php/ }, html: [/\/wp-json\//] },
  { name: "Wix", category: "CMS", meta: [/Wix\.com/i], scriptSrc: [/static\.parastorage\.com|wixstatic\.com/], headers: { "x-wix-request-id": /./, server: /^Pepyaka/i }, html: [/static\.wixstatic\.com/] },
  { name: "Squarespace", category: "CMS", meta: [/^Squarespace/i], scriptSrc: [/static1?\.squarespace\.com|assets\.squarespace\.com/], headers: { server: /^Squarespace/i }, cookies: ["ss_cvr", "ss_cvt"], html: [/<!-- This is Squarespace\. -->/i] },
  { name: "Shopify", category: "Commerce", scriptSrc: [/cdn\.shopify\.com/], linkHref: [/cdn\.shopify\.com/], inline: [/\bShopify\.shop\s*=|window\.Shopify\b/], headers: { "x-shopid": /./, "x-shopify-stage": /./ }, cookies: ["_shopify_y", "_shopify_s", "_shopify_essential", "secure_customer_sig"] },
  { name: "Webflow", category: "CMS", meta: [/^Webflow/i], scriptSrc: [/webflow\.[a-z0-9.]*js|website-files\.com/], html: [/data-wf-(page|site)=/] },
  { name: "Drupal", category: "CMS", meta: [/^Drupal/i], scriptSrc: [/\/sites\/all\/|\/core\/misc\/drupal\.js/], inline: [/Drupal\.settings|drupalSettings/], headers: { "x-generator": /Drupal/i, "x-drupal-cache": /./, "x-drupal-dynamic-cache": /./ } },
  { name: "Joomla", category: "CMS", meta: [/^Joomla/i], scriptSrc: [/\/media\/jui\/|\/media\/system\/js\//], html: [/\/components\/com_[a-z]+\//] },
  { name: "Next.js", category: "JavaScript framework", scriptSrc: [/\/_next\/static\//], headers: { "x-powered-by": /Next\.js/i, "x-nextjs-cache": /./ }, html: [/id="__NEXT_DATA__"|id="__next"/] },
  { name: "Nuxt", category: "JavaScript framework", scriptSrc: [/\/_nuxt\//], inline: [/window\.__NUXT__/], html: [/id="__nuxt"/] },
  { name: "React", category: "JavaScript framework", scriptSrc: [/react(-dom)?(\.production)?(\.min)?\.js/], html: [/data-reactroot/] },
  { name: "Vue.js", category: "JavaScript framework", scriptSrc: [/\/vue(@[\d.]+)?(\/dist)?\/vue(\.global|\.runtime)?(\.prod|\.min)?\.js/], html: [/data-v-[0-9a-f]{8}\b|\bv-cloak\b/] },
  { name: "Angular", category: "JavaScript framework", html: [/\bng-version="/] },
  { name: "jQuery", category: "JavaScript library", scriptSrc: [/jquery([.-][\d.]+)?(\.min)?\.js/i] },
  { name: "Bootstrap", category: "CSS framework", scriptSrc: [/bootstrap(\.bundle)?(\.min)?\.js/], linkHref: [/bootstrap(\.min)?\.css/] },
  { name: "Tailwind CSS", category: "CSS framework", scriptSrc: [/cdn\.tailwindcss\.com/], linkHref: [/tailwind(css)?[^"']*\.css/] },
  { name: "Google Analytics 4", category: "Analytics", scriptSrc: [/googletagmanager\.com\/gtag\/js\?id=G-/], inline: [/gtag\(\s*['"]config['"]\s*,\s*['"]G-/] },
  { name: "Google Analytics (Universal)", category: "Analytics", scriptSrc: [/google-analytics\.com\/(analytics|ga)\.js/], inline: [/gtag\(\s*['"]config['"]\s*,\s*['"]UA-/] },
  { name: "Google Tag Manager", category: "Tag manager", scriptSrc: [/googletagmanager\.com\/gtm\.js/], inline: [/googletagmanager\.com\/gtm\.js|['"]GTM-[A-Z0-9]+['"]/], html: [/googletagmanager\.com\/ns\.html\?id=GTM-/] },
  { name: "Hotjar", category: "Analytics", scriptSrc: [/static\.hotjar\.com/], inline: [/\bhjSettings\b/] },
  { name: "Segment", category: "Analytics", scriptSrc: [/cdn\.segment\.(com|io)\/analytics\.js/] },
  { name: "Mixpanel", category: "Analytics", scriptSrc: [/cdn\.mxpnl\.com|mixpanel[^"']*\.js/], inline: [/mixpanel\.init\(/] },
  { name: "Meta Pixel", category: "Advertising", scriptSrc: [/connect\.facebook\.net\/[^"']*\/fbevents\.js/], inline: [/fbq\(\s*['"]init['"]/], html: [/facebook\.com\/tr\?id=/] },
  { name: "LinkedIn Insight Tag", category: "Advertising", scriptSrc: [/snap\.licdn\.com\/li\.lms-analytics/], inline: [/_linkedin_partner_id/] },
  { name: "HubSpot", category: "Marketing automation", scriptSrc: [/js\.hs-scripts\.com|js\.hs-analytics\.net|js\.hsforms\.net/], cookies: ["hubspotutk"] },
  { name: "RD Station", category: "Marketing automation", scriptSrc: [/d335luupugsy2\.cloudfront\.net|rdstation\.com\.br/] },
  { name: "Intercom", category: "Chat & support", scriptSrc: [/widget\.intercom\.io|js\.intercomcdn\.com/], inline: [/window\.intercomSettings/] },
  { name: "Zendesk", category: "Chat & support", scriptSrc: [/static\.zdassets\.com|\.zendesk\.com\/embeddable/] },
  { name: "Drift", category: "Chat & support", scriptSrc: [/js\.driftt\.com/], inline: [/drift\.load\(/] },
  { name: "Crisp", category: "Chat & support", scriptSrc: [/client\.crisp\.chat/], inline: [/CRISP_WEBSITE_ID/] },
  { name: "Tawk.to", category: "Chat & support", scriptSrc: [/embed\.tawk\.to/], inline: [/Tawk_API/] },
  { name: "Stripe", category: "Payments", scriptSrc: [/js\.stripe\.com/] },
  { name: "PayPal", category: "Payments", scriptSrc: [/paypal\.com\/sdk\/js|paypalobjects\.com/] },
  { name: "Mercado Pago", category: "Payments", scriptSrc: [/sdk\.mercadopago\.com|mercadopago[^"']*\.js/] },
  { name: "VTEX", category: "Commerce", scriptSrc: [/vtex(assets|commercestable|img)?\.com/], headers: { server: /VTEX/i }, html: [/vtex\.render-server|\.vteximg\.com\.br/] },
  { name: "Nuvemshop", category: "Commerce", scriptSrc: [/nuvemshop\.com\.br|d26lpennugtm8s\.cloudfront\.net/], inline: [/LS\.store\s*=/] },
  { name: "Cloudflare", category: "Hosting & CDN", scriptSrc: [/cdnjs\.cloudflare\.com|static\.cloudflareinsights\.com/], headers: { server: /^cloudflare/i, "cf-ray": /./, "cf-cache-status": /./ }, cookies: ["__cf_bm", "__cfduid"] },
  { name: "Vercel", category: "Hosting & CDN", headers: { server: /^Vercel/i, "x-vercel-id": /./, "x-vercel-cache": /./ } },
  { name: "Netlify", category: "Hosting & CDN", headers: { server: /^Netlify/i, "x-nf-request-id": /./ } },
  { name: "Fastly", category: "Hosting & CDN", headers: { "x-served-by": /^cache-[a-z0-9-]+/i } },
  { name: "Amazon CloudFront", category: "Hosting & CDN", headers: { "x-amz-cf-id": /./, "x-amz-cf-pop": /./, via: /\(CloudFront\)/i, "x-cache": /cloudfront/i } },
  { name: "Amazon S3", category: "Hosting & CDN", headers: { server: /^AmazonS3/i } },
  { name: "Google Cloud", category: "Hosting & CDN", headers: { server: /^Google Frontend/i, "x-cloud-trace-context": /./ } },
  { name: "GitHub Pages", category: "Hosting & CDN", headers: { server: /^GitHub\.com/i, "x-github-request-id": /./ } },
  { name: "Fly.io", category: "Hosting & CDN", headers: { server: /^Fly\//i, "fly-request-id": /./ } },
  { name: "Varnish", category: "Caching", headers: { "x-varnish": /./, via: /\bvarnish\b/i } },
  { name: "Google Fonts", category: "CDN & fonts", linkHref: [/fonts\.(googleapis|gstatic)\.com/] },
  { name: "Font Awesome", category: "CDN & fonts", scriptSrc: [/kit\.fontawesome\.com|font-?awesome/i], linkHref: [/font-?awesome/i] },
  { name: "jsDelivr", category: "CDN & fonts", scriptSrc: [/cdn\.jsdelivr\.net/], linkHref: [/cdn\.jsdelivr\.net/] },
  { name: "unpkg", category: "CDN & fonts", scriptSrc: [/unpkg\.com/], linkHref: [/unpkg\.com/] },
  { name: "Cookiebot", category: "Consent", scriptSrc: [/consent\.cookiebot\.com/] },
  { name: "Calendly", category: "Scheduling", scriptSrc: [/assets\.calendly\.com/] },
  { name: "Nginx", category: "Web server", headers: { server: /^nginx/i } },
  { name: "Apache", category: "Web server", headers: { server: /^Apache(\/|$| )/i } },
  { name: "OpenResty", category: "Web server", headers: { server: /^openresty/i } },
  { name: "Caddy", category: "Web server", headers: { server: /^Caddy/i } },
  { name: "Microsoft IIS", category: "Web server", headers: { server: /^Microsoft-IIS/i } },
  { name: "LiteSpeed", category: "Web server", headers: { server: /^LiteSpeed/i, "x-litespeed-cache": /./ } },
  { name: "PHP", category: "Web server", headers: { "x-powered-by": /^PHP/i, server: /\bPHP\/\d/i }, cookies: ["PHPSESSID"] },
  { name: "ASP.NET", category: "Web server", headers: { "x-powered-by": /ASP\.NET/i, "x-aspnet-version": /./, "x-aspnetmvc-version": /./ }, cookies: ["ASP.NET_SessionId", ".ASPXAUTH"] },
  { name: "Phusion Passenger", category: "Web server", headers: { "x-powered-by": /Phusion Passenger/i, server: /Phusion_Passenger/i } },
  { name: "Express", category: "Web server", headers: { "x-powered-by": /^Express/i }, cookies: ["connect.sid"] },
];
