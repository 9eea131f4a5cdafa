/**
 * Evaluates the small expressions Inngest uses to match events: `step.waitForEvent`'s `if`
 * (e.g. `event.data.id == async.data.id && async.data.ok == true`) and concurrency keys
 * (`event.data.workspaceId`). Supports paths, string/number/boolean/null literals, ==, != and &&.
 */
export function evaluatePath(path: string, scope: Record<string, unknown>): unknown {
  return path.split(".").reduce<unknown>((value, key) => (value && typeof value === "object" ? (value as Record<string, unknown>)[key] : undefined), scope);
}

function operand(token: string, scope: Record<string, unknown>): unknown {
  const t = token.trim();
  if (/^(['"]).*\1$/.test(t)) return t.slice(1, -1);
  if (/^-?\d+(\.\d+)?$/.test(t)) return Number(t);
  if (t === "true" || t === "false") return t === "true";
  if (t === "null") return null;
  return evaluatePath(t, scope);
}

export function matches(expression: string | null | undefined, scope: Record<string, unknown>): boolean {
  if (!expression) return true;
  return expression.split("&&").every((clause) => {
    const m = clause.match(/^(.*?)(==|!=)(.*)$/);
    if (!m) return Boolean(operand(clause, scope));
    const equal = JSON.stringify(operand(m[1]!, scope)) === JSON.stringify(operand(m[3]!, scope));
    return m[2] === "==" ? equal : !equal;
  });
}
