import { type CheerioAPI, load } from "cheerio";
import { extractSocialLinks } from "../contacts/extract-social-links";
import { sourceConfidence, type ProfileCandidate } from "./profile-candidate";

// Where a site links its own profiles; links in the body are as often a client's or an article's.
const siteChrome = "header, footer, [role=banner], [role=contentinfo], #header, #footer, .site-header, .site-footer";

/** The company's social profiles its header and footer link to, as the contact extractor reads them. */
export function readSocialLinks($: CheerioAPI, pageUrl: string): ProfileCandidate[] {
  const chrome = $(siteChrome).toArray().map((element) => $.html(element)).join("\n");
  const links = chrome ? [...new Set(extractSocialLinks(load(chrome)))] : [];
  return links.length > 0 ? [{ key: "company.social", value: links, confidence: sourceConfidence.meta, sourceUrl: pageUrl }] : [];
}
