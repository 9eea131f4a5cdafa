"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

const links = [
  { href: "/admin", label: "Overview" },
  { href: "/admin/workspaces", label: "Workspaces" },
  { href: "/admin/jobs", label: "Jobs" },
  { href: "/admin/failures", label: "Failures" },
  { href: "/admin/agents", label: "Agents" },
];

export function AdminNav() {
  const pathname = usePathname();
  return (
    <nav aria-label="Admin" className="-mb-px flex gap-1 overflow-x-auto text-sm">
      {links.map((link) => {
        const active = link.href === "/admin" ? pathname === "/admin" : pathname.startsWith(link.href);
        return (
          <Link
            key={link.href}
            href={link.href}
            aria-current={active ? "page" : undefined}
            className={`border-b-2 px-3 py-3 font-medium transition-colors ${active ? "border-brand-400 text-zinc-100" : "border-transparent text-zinc-400 hover:text-zinc-200"}`}
          >
            {link.label}
          </Link>
        );
      })}
    </nav>
  );
}
