import bcrypt from "bcryptjs";

const ROUNDS = 10;
// Compared against when the email is unknown, so a miss takes as long as a wrong password.
let dummyHash: Promise<string> | undefined;

export function hashPassword(password: string): Promise<string> {
  return bcrypt.hash(password, ROUNDS);
}

export async function verifyPassword(password: string, hash: string | null | undefined): Promise<boolean> {
  dummyHash ??= bcrypt.hash("no-such-user", ROUNDS);
  const ok = await bcrypt.compare(password, hash ?? (await dummyHash));
  return ok && Boolean(hash);
}
