import type { Db } from "@/db/client";
import { devOutbox } from "@/db/schema";
import { env } from "@/server/env";

/** With SMTP configured the link is mailed; otherwise it lands in the dev outbox page. */
export async function sendMagicLink(db: Db, { to, url }: { to: string; url: string }) {
  const subject = "Your Nellia Prospector sign-in link";
  const body = `Sign in to Nellia Prospector:\n\n${url}\n\nThe link works once and expires in 24 hours. If you did not ask for it, ignore this email.`;
  if (env.EMAIL_SERVER) {
    const { createTransport } = await import("nodemailer");
    await createTransport(env.EMAIL_SERVER).sendMail({ to, from: env.EMAIL_FROM, subject, text: body });
    return;
  }
  await db.insert(devOutbox).values({ to, subject, body, url });
}
