const honorific = /^(dr|dra|prof|profa|sr|sra|mr|mrs|ms)\.?$/;

/** Key under which the same person found on two pages (or with and without "Dr.") is merged. */
export function personKey(name: string): string {
  return name
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .split(/\s+/)
    .filter((word, index) => !(index === 0 && honorific.test(word)))
    .join(" ");
}
