import type { FormColumn, FormValues } from "../sharepoint/model";
import { valuesFromFields } from "../sharepoint/Toolkit";

/** One field both the user and someone else changed since the form was loaded. */
export interface FieldConflict {
  name: string;
  mine: string | string[];
  theirs: string | string[];
}

function same(a: string | string[] | undefined, b: string | string[] | undefined): boolean {
  const norm = (v: string | string[] | undefined) => (Array.isArray(v) ? [...v].sort().join("\u0001") : (v ?? "").trim());
  return norm(a) === norm(b);
}

/**
 * The fields in conflict after a 412: those where the server's value moved away from the value the form loaded
 * (base) and differs from the user's. Fields only the other person changed are taken from the server silently.
 */
export function conflictsOf(columns: FormColumn[], base: FormValues, mine: FormValues, serverFields: Record<string, unknown>): { conflicts: FieldConflict[]; merged: FormValues } {
  const theirs = valuesFromFields(columns, serverFields);
  const merged: FormValues = { ...mine };
  const conflicts: FieldConflict[] = [];
  for (const name of Object.keys(theirs)) {
    if (same(theirs[name], base[name])) continue;
    if (same(mine[name], base[name]) || same(mine[name], theirs[name])) merged[name] = theirs[name]!;
    else conflicts.push({ name, mine: mine[name] ?? "", theirs: theirs[name]! });
  }
  return { conflicts, merged };
}
