import type { SeededRandom } from "./seeded-random";
import type { SyntheticPerson } from "./synthetic-site";
import { slugify } from "./slugify";
import { type Place, peopleEn, peoplePt, streetsEn, streetsPt } from "./synthetic-vocabulary";

export type SyntheticContact = {
  street: string;
  postalCode: string;
  phone: string;
  email: string;
  people: SyntheticPerson[];
  social: string[];
};

const letters = "ABDEFGHJLNPQRSTUWXYZ";

/** Formatted the way each country writes them, so phone and address parsers meet real shapes. */
function phoneOf(place: Place, rng: SeededRandom): string {
  switch (place.country) {
    case "BR": return `+55 ${place.dial} ${rng.int(2000, 3999)}-${rng.int(1000, 9999)}`;
    case "GB": return `+44 ${place.dial} 496 0${rng.int(100, 999)}`;
    case "AU": return `+61 ${place.dial} 5550 ${rng.int(1000, 9999)}`;
    default: return `+1 ${place.dial} 555 01${rng.int(10, 99)}`;
  }
}

function postalOf(place: Place, rng: SeededRandom): string {
  const letter = () => letters.charAt(rng.int(0, letters.length - 1));
  switch (place.country) {
    case "BR": return `${place.postal}-${String(rng.int(0, 999)).padStart(3, "0")}`;
    case "GB": return `${place.postal} ${rng.int(1, 9)}${letter()}${letter()}`;
    case "CA": return `${place.postal} ${rng.int(1, 9)}${letter()}${rng.int(1, 9)}`;
    case "AU": return place.postal;
    default: return `${place.postal}${String(rng.int(1, 99)).padStart(2, "0")}`;
  }
}

export function syntheticContact(
  site: { domain: string; place: Place; pt: boolean; employees: number },
  rng: SeededRandom,
): SyntheticContact {
  const people = site.pt ? peoplePt : peopleEn;
  const count = site.employees < 15 ? 2 : rng.int(3, 6);
  const firsts = rng.sample(people.first, count);
  const lasts = rng.sample(people.last, count);
  const roles = [people.roles[0] ?? "CEO", ...rng.sample(people.roles.slice(1), count - 1)];
  const firstNameOnly = rng.chance(0.4);
  const team = firsts.map((first, i) => {
    const last = lasts[i] ?? "";
    const local = firstNameOnly ? slugify(first) : `${slugify(first)}.${slugify(last)}`;
    return { name: `${first} ${last}`, role: roles[i] ?? "", email: `${local}@${site.domain}` };
  });
  const street = rng.pick(site.pt ? streetsPt : streetsEn);
  const number = rng.int(12, 2400);
  const handle = site.domain.split(".")[0] ?? site.domain;
  const social = [`https://www.linkedin.com/company/${handle}`];
  if (rng.chance(0.5)) social.push(site.pt ? `https://www.instagram.com/${handle}` : `https://x.com/${handle}`);
  return {
    street: site.pt ? `${street}, ${number}` : `${number} ${street}`,
    postalCode: postalOf(site.place, rng),
    phone: phoneOf(site.place, rng),
    email: `${rng.pick(site.pt ? ["contato", "comercial", "atendimento"] : ["hello", "info", "sales", "contact"])}@${site.domain}`,
    people: team,
    social,
  };
}
