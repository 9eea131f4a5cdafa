import type { Cheerio, CheerioAPI } from "cheerio";
import type { AnyNode } from "domhandler";
import { companyLocation } from "./company-location";
import { countryName } from "./country-name";
import { isOnDomain } from "./is-on-domain";
import { sourceConfidence, type ProfileCandidate } from "./profile-candidate";
import { industryOfSchemaType, isOrganizationType } from "./schema-type";

/**
 * Profile values from schema.org microdata (itemscope/itemprop): the address and trade of the
 * page's Organization. Properties of a nested item (a team member's Person) are not the company's;
 * an Organization whose url is on another domain (a client, a publisher) is skipped.
 */
export function readMicrodata($: CheerioAPI, pageUrl: string, domain: string): ProfileCandidate[] {
  const org = $("[itemscope][itemtype]")
    .filter((_, element) => isOrganizationType($(element).attr("itemtype")?.split(/\s+/)))
    .filter((_, element) => {
      const url = ownProperty($, $(element), "url");
      return url === null || isOnDomain(url, domain);
    })
    .first();
  if (org.length === 0) return [];
  const candidates: ProfileCandidate[] = [];
  const address = ownProperties($, org, "address").filter("[itemscope]").first();
  if (address.length > 0) {
    const country = ownProperty($, address, "addressCountry");
    const location = companyLocation(
      ownProperty($, address, "addressLocality"),
      ownProperty($, address, "addressRegion"),
      country ? (countryName(country) ?? country) : null,
    );
    if (location) candidates.push({ key: "company.location", value: location, confidence: sourceConfidence.microdata, sourceUrl: pageUrl });
  }
  const industry = industryOfSchemaType(org.attr("itemtype")?.split(/\s+/));
  if (industry) candidates.push({ key: "company.industry", value: industry, confidence: sourceConfidence.schemaType, sourceUrl: pageUrl });
  return candidates;
}

function ownProperties($: CheerioAPI, scope: Cheerio<AnyNode>, name: string): Cheerio<AnyNode> {
  return scope
    .find("[itemprop]")
    .filter((_, element) => ($(element).attr("itemprop") ?? "").split(/\s+/).includes(name))
    .filter((_, element) => $(element).parent().closest("[itemscope]")[0] === scope[0]);
}

function ownProperty($: CheerioAPI, scope: Cheerio<AnyNode>, name: string): string | null {
  const element = ownProperties($, scope, name).first();
  if (element.length === 0) return null;
  const value = element.attr("content") ?? element.attr("href") ?? element.text();
  return value.replace(/\s+/g, " ").trim() || null;
}
