import { notFound } from "next/navigation";
import { getDb } from "@/db/database";
import { devOutboxEnabled } from "@/server/auth/dev-outbox-enabled";
import { listOutbox } from "@/server/domain/auth/list-outbox";

export const metadata = { title: "Dev outbox" };
export const dynamic = "force-dynamic";

export default async function DevOutboxPage() {
  if (!devOutboxEnabled()) notFound();
  const mail = await listOutbox({ db: await getDb() });
  return (
    <main className="mx-auto max-w-3xl px-4 py-10">
      <h1 className="text-2xl font-semibold">Dev outbox</h1>
      <p className="mt-1 text-sm text-zinc-400">No SMTP server is configured (EMAIL_SERVER), so mail is kept here instead of sent. Newest first.</p>
      {mail.length === 0 ? <p className="mt-8 text-zinc-400">Nothing has been sent yet.</p> : null}
      <ul className="mt-6 flex flex-col gap-4">
        {mail.map((message) => (
          <li key={message.id} className="rounded-xl border border-zinc-800 bg-zinc-900/60 p-4" data-testid="outbox-message">
            <div className="flex flex-wrap justify-between gap-2 text-sm">
              <span className="font-medium">{message.to}</span>
              <time className="text-zinc-500" dateTime={message.createdAt.toISOString()}>
                {message.createdAt.toLocaleString("en")}
              </time>
            </div>
            <p className="mt-1 text-sm text-zinc-300">{message.subject}</p>
            {message.url ? (
              <a href={message.url} className="mt-3 inline-block break-all text-sm font-medium text-brand-400 hover:underline">
                Open sign-in link
              </a>
            ) : null}
          </li>
        ))}
      </ul>
    </main>
  );
}
