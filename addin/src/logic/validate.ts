import type { FormColumn, FormValues } from "../sharepoint/model";

/** A problem with one field, named by a string key (translated by the UI). */
export interface FieldProblem {
  key: "required" | "tooLong" | "notAChoice";
  max?: number;
}

export const TITLE_MAX = 255;

/** Validates the form as the library would: required columns, text lengths, choice values. */
export function validate(columns: FormColumn[], values: FormValues): Record<string, FieldProblem> {
  const problems: Record<string, FieldProblem> = {};
  const title = String(values.Title ?? "").trim();
  if (!title) problems.Title = { key: "required" };
  else if (title.length > TITLE_MAX) problems.Title = { key: "tooLong", max: TITLE_MAX };
  for (const c of columns) {
    const v = values[c.name];
    const empty = v == null || (Array.isArray(v) ? v.length === 0 : v.trim() === "");
    if (c.required && empty) problems[c.name] = { key: "required" };
    else if (!empty && typeof v === "string" && c.maxLength != null && v.length > c.maxLength) problems[c.name] = { key: "tooLong", max: c.maxLength };
    else if (!empty && c.kind === "choice" && typeof v === "string" && !c.choices.includes(v)) problems[c.name] = { key: "notAChoice" };
  }
  return problems;
}
