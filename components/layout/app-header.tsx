import Link from "next/link";
import { labelsFor } from "@/components/i18n/labels";
import { signOutAction } from "@/server/auth/actions";
import type { Member } from "@/server/domain/workspaces/get-member";
import { Button } from "@/components/ui/button";

export function AppHeader({ member }: { member: Member }) {
  const t = labelsFor(member.language).header;
  return (
    <header className="flex h-14 shrink-0 items-center gap-2 border-b sm:gap-4 border-zinc-800 bg-zinc-950/80 px-6 backdrop-blur">
      <Link href="/board" className="shrink-0 font-bold tracking-tight text-brand-400">
        Nellia Prospector
      </Link>
      <nav aria-label={t.nav} className="flex gap-1 text-sm">
        <Link href="/board" className="rounded-md px-3 py-1.5 text-zinc-200 hover:bg-zinc-800">
          {t.board}
        </Link>
        <Link href="/settings" className="rounded-md px-3 py-1.5 text-zinc-200 hover:bg-zinc-800">
          {t.settings}
        </Link>
        {member.isStaff ? <Link href="/admin" className="rounded-md px-3 py-1.5 text-amber-300 hover:bg-zinc-800">Admin</Link> : null}
      </nav>
      <div className="ml-auto flex min-w-0 items-center gap-3 text-sm">
        <span className="max-w-40 truncate rounded-md bg-zinc-800/80 px-2.5 py-1 font-medium text-zinc-200 sm:max-w-64" title={member.workspaceName} data-testid="workspace-name">
          {member.workspaceName}
        </span>
        <span className="hidden truncate text-zinc-400 md:inline" data-testid="user-email">
          {member.email}
        </span>
        <form action={signOutAction}>
          <Button type="submit" variant="ghost" className="h-8 px-3">
            {t.signOut}
          </Button>
        </form>
      </div>
    </header>
  );
}
