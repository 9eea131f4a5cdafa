export type FoundPerson = { name: string; role: string; sourceUrl: string };

const fold = (value: string) => value.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();

// Word stems that make a line a job title, in English and Brazilian Portuguese (accents folded).
const roleStems = [
  "ceo", "cto", "coo", "cfo", "cmo", "cio", "ciso", "cro", "cpo", "vp", "svp", "evp", "founder", "co-founder",
  "cofounder", "owner", "president", "vice", "chief", "officer", "director", "manager", "head", "lead", "leader",
  "partner", "principal", "chair", "executive", "engineer", "solicitor", "associate", "counsel", "attorney", "lawyer",
  "consultant", "specialist", "analyst", "designer", "developer", "coordinator", "supervisor", "administrator",
  "accountant", "veterinar", "nurse", "physician", "surgeon", "instructor", "teacher", "professor", "lecturer",
  "trainer", "advis", "secretary", "treasurer", "strateg", "scientist", "architect", "producer", "editor", "recruit",
  "representative", "socio", "socia", "fundador", "cofundador", "diretor", "gerente", "coordenador", "presidente",
  "superintendente", "conselheir", "advogad", "medic", "enfermeir", "analista", "especialista", "consultor",
  "engenheir", "tesoureir", "secretari", "nutricionista", "psicolog", "fisioterapeuta", "dentista", "contador",
  "lider", "responsavel", "administrador", "assistente", "assistant", "radiolog", "cardiolog", "pediatra",
];
const rolePattern = new RegExp(`(^|[^a-z])(${roleStems.join("|")})`, "i");
// A name may contain a stem ("Vicente", "Leadbetter") but not be a title word ("Director", "Diretora").
const titleWord = new RegExp(`^(${roleStems.join("|")})(s|a|o|as|os|es|e|ia|ica|ico|ista|ial)?$`);
// Words that, capitalised in a heading, could pass for a name ("Our Team", "Nossa Equipe").
const notNameWords = new Set([
  "our", "the", "team", "meet", "about", "us", "contact", "get", "in", "touch", "leadership", "nossa", "nosso",
  "equipe", "time", "sobre", "fale", "conosco", "diretoria", "board", "staff", "people", "management", "corpo",
  "clinico", "home", "company", "careers", "news", "blog", "welcome", "lideranca", "professores", "advogados",
]);
const particles = new Set(["de", "da", "do", "dos", "das", "di", "du", "van", "von", "der", "den", "la", "le", "e", "bin", "al"]);
const honorifics = /^(dr|dra|prof|profa|sr|sra|mr|mrs|ms)\.?$/i;
const separator = /\s+[—–|]\s+|\s+-\s+/;

function isName(line: string): boolean {
  if (line.length > 60 || /[\d@:,;!?()/]/.test(line)) return false;
  const words = line.split(" ").filter((word, index) => !(index === 0 && honorifics.test(word)));
  if (words.length < 2 || words.length > 5) return false;
  if (particles.has(words[0]?.toLowerCase() ?? "") || particles.has(words.at(-1)?.toLowerCase() ?? "")) return false;
  return words.every((word) => {
    if (particles.has(word.toLowerCase())) return true;
    if (notNameWords.has(fold(word)) || titleWord.test(fold(word))) return false;
    return /^\p{Lu}[\p{L}'’-]*\.?$/u.test(word) && /\p{Ll}/u.test(word);
  });
}

function isRole(line: string): boolean {
  return line.length <= 100 && !/[@]/.test(line) && !/[.!?]\s/.test(line) && rolePattern.test(fold(line));
}

/**
 * Named people with their job titles, as team pages lay them out: a name line followed by a
 * title line (headings and cards, tables with `<br>`), or "Name — Title" on one line.
 * Prose ("Dr. Helen opened the clinic in 2004") is not read: it names people without a title.
 */
export function extractPeople(lines: string[], sourceUrl: string): FoundPerson[] {
  const people: FoundPerson[] = [];
  for (let index = 0; index < lines.length; index += 1) {
    const line = lines[index] ?? "";
    const [head = "", ...rest] = line.split(separator);
    if (rest.length > 0 && isName(head) && isRole(rest.join(" – "))) {
      people.push({ name: head, role: rest.join(" – "), sourceUrl });
      continue;
    }
    const next = lines[index + 1];
    if (next !== undefined && isName(line) && isRole(next)) {
      people.push({ name: line, role: next, sourceUrl });
      index += 1;
    }
  }
  return people;
}
