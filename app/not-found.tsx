import Link from "next/link";

export const metadata = { title: "Not found" };

/** Unknown pages, and leads of other workspaces (which, to their non-members, do not exist). */
export default function NotFound() {
  return (
    <main className="flex min-h-screen items-center justify-center px-4">
      <div className="max-w-md text-center">
        <p className="text-sm font-semibold text-brand-400">404</p>
        <h1 className="mt-2 text-2xl font-semibold">There is nothing here</h1>
        <p className="mt-1 text-sm text-zinc-400" lang="pt-BR">
          Não há nada aqui.
        </p>
        <p className="mt-3 text-sm text-zinc-300">The page does not exist, or it belongs to a workspace you are not part of.</p>
        <Link href="/board" className="mt-6 inline-flex h-10 items-center rounded-lg bg-brand-500 px-4 text-sm font-semibold text-zinc-950 hover:bg-brand-400">
          Go to your board
        </Link>
      </div>
    </main>
  );
}
