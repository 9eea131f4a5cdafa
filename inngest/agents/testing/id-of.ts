/** The evidence id (F… for the lead's facts, O… for our offer) the prompt gave to the item with `key`, read back from the prompt the model saw. */
export function idOf(prompt: string, key: string): string {
  const match = new RegExp(`([FO]\\d+) \\[${key.replaceAll(".", "\\.")}\\]`).exec(prompt);
  if (!match) throw new Error(`no evidence line for ${key} in the prompt`);
  return match[1]!;
}
