import { countryName } from "./demo-countries";
import type { SyntheticSite } from "./synthetic-site";

/**
 * The schema.org Organization of a synthetic site, serialised for a <script> tag: "<" is
 * escaped so a name can never close the tag early.
 */
export function syntheticJsonLd(site: SyntheticSite): string {
  const organization = {
    "@context": "https://schema.org",
    "@type": "Organization",
    name: site.name,
    url: `https://${site.domain}/`,
    description: site.description,
    foundingDate: String(site.founded),
    numberOfEmployees: { "@type": "QuantitativeValue", value: site.employees },
    email: site.email,
    telephone: site.phone,
    address: {
      "@type": "PostalAddress",
      streetAddress: site.street,
      addressLocality: site.city,
      addressRegion: site.region,
      postalCode: site.postalCode,
      addressCountry: site.country,
    },
    areaServed: countryName(site.country, site.language),
    sameAs: site.social,
  };
  return JSON.stringify(organization).replace(/</g, "\\u003c");
}
