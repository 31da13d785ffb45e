import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { Button, Dropdown, Field, Input, Link, MessageBar, MessageBarBody, Option, Radio, RadioGroup, Spinner, Textarea } from "@fluentui/react-components";
import type { DocumentHost } from "../office/DocumentHost";
import { NotInCopLibrary, type Toolkit, valuesFromFields } from "../sharepoint/Toolkit";
import { HttpError } from "../sharepoint/http";
import type { ExistingProduct, FormColumn, FormValues, LibraryItem, Term } from "../sharepoint/model";
import { fill, type Strings } from "../i18n";
import { suggestTopics, suggestType, similarProducts } from "../logic/suggest";
import { validate, type FieldProblem } from "../logic/validate";
import { conflictsOf, type FieldConflict } from "../logic/conflict";
import { tagWrites } from "../logic/writes";
import { isTransient, retryDelayMs, waitForUrl } from "../logic/retry";
import { TopicPicker } from "./TopicPicker";

type Phase =
  | { kind: "loading"; waitingUrl: boolean }
  | { kind: "notSaved" }
  | { kind: "outside"; libraryUrl: string | null }
  | { kind: "error"; message: string }
  | { kind: "ready" };

interface Loaded {
  item: LibraryItem;
  columns: FormColumn[];
  terms: Term[];
  products: ExistingProduct[];
  body: string;
}

type Status = { kind: "idle" } | { kind: "saving" } | { kind: "saved" } | { kind: "retrying"; seconds: number } | { kind: "failed"; message: string } | { kind: "conflict"; conflicts: FieldConflict[] };

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** The task pane: resolve the document's library item, prefill, suggest, and Tag. */
export function App({ host, toolkit, t, onTimings }: { host: DocumentHost; toolkit: Toolkit; t: Strings; onTimings?: (name: string, ms: number) => void }) {
  const [phase, setPhase] = useState<Phase>({ kind: "loading", waitingUrl: false });
  const [data, setData] = useState<Loaded | null>(null);
  const [values, setValues] = useState<FormValues>({});
  const [base, setBase] = useState<FormValues>({});
  const [etag, setEtag] = useState("");
  const [touched, setTouched] = useState(false);
  const [status, setStatus] = useState<Status>({ kind: "idle" });
  const [choices, setChoices] = useState<Record<string, "mine" | "theirs">>({});
  const attempt = useRef(0);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  useEffect(() => {
    let cancelled = false;
    (async () => {
      const started = performance.now();
      let url = host.documentUrl();
      if (!url) {
        setPhase({ kind: "loading", waitingUrl: true });
        url = await waitForUrl(() => host.documentUrl(), sleep);
      }
      if (!url || !/^https?:/i.test(url)) return setPhase({ kind: "notSaved" });
      const item = await toolkit.resolve(url);
      const columns = await toolkit.columns(item);
      const termSetIds = [...new Set(columns.map((c) => c.termSetId).filter((x): x is string => !!x))];
      const [termLists, body, doc] = await Promise.all([Promise.all(termSetIds.map((id) => toolkit.terms(item.siteId, id))), host.bodyText(), host.readProperties()]);
      const terms = termLists.flat();
      const typeColumn = columns.find((c) => c.kind === "choice" && c.required)?.name ?? null;
      const topicsColumn = columns.find((c) => c.kind === "terms")?.name ?? null;
      const products = await toolkit.products(item, typeColumn, topicsColumn);
      if (cancelled) return;
      const initial = valuesFromFields(columns, item.fields);
      if (!String(initial.Title).trim()) initial.Title = doc.core.title || item.webUrl.split("/").pop()?.replace(/\.[^.]+$/, "").replace(/[-_]+/g, " ") || "";
      setData({ item, columns, terms, products, body });
      setValues(initial);
      setBase(initial);
      setEtag(item.etag);
      setPhase({ kind: "ready" });
      onTimings?.("interactive", performance.now() - started);
    })().catch((e: unknown) => {
      if (cancelled) return;
      if (e instanceof NotInCopLibrary) setPhase({ kind: "outside", libraryUrl: e.libraryUrl });
      else setPhase({ kind: "error", message: e instanceof Error ? e.message : String(e) });
    });
    return () => {
      cancelled = true;
    };
  }, [host, toolkit, onTimings]);

  useEffect(() => () => void (timer.current && clearTimeout(timer.current)), []);

  const problems: Record<string, FieldProblem> = useMemo(() => (data ? validate(data.columns, values) : {}), [data, values]);
  const termMap = useMemo(() => new Map((data?.terms ?? []).map((x) => [x.id, x])), [data]);
  const typeColumn = data?.columns.find((c) => c.kind === "choice" && c.required);
  const topicsColumn = data?.columns.find((c) => c.kind === "terms");
  const suggestions = useMemo(() => {
    if (!data) return { type: null as string | null, topics: [] as Term[] };
    const type = typeColumn ? suggestType(String(values.Title ?? ""), data.body, typeColumn.choices) : null;
    const chosen = topicsColumn ? (values[topicsColumn.name] as string[]) ?? [] : [];
    const topics = suggestTopics(data.body, data.terms, data.products).map((s) => s.term).filter((x) => !chosen.includes(x.id));
    return { type: type && typeColumn && values[typeColumn.name] !== type ? type : null, topics };
  }, [data, values, typeColumn, topicsColumn]);
  const similar = useMemo(
    () => (data ? similarProducts(String(values.Title ?? ""), topicsColumn ? ((values[topicsColumn.name] as string[]) ?? []) : [], data.products) : []),
    [data, values, topicsColumn],
  );

  const set = (name: string, value: string | string[]) => setValues((v) => ({ ...v, [name]: value }));

  const save = useCallback(
    async (formValues: FormValues, ifMatch: string) => {
      if (!data) return;
      if (timer.current) clearTimeout(timer.current);
      setStatus({ kind: "saving" });
      const started = performance.now();
      const writes = tagWrites(data.columns, formValues, termMap, data.item.libraryUrl);
      try {
        const next = await toolkit.patchFields(data.item, ifMatch, writes.fields);
        await toolkit.writeTerms(data.item, writes.terms);
        await host.writeTags(writes.document);
        const fresh = await toolkit.current(data.item);
        attempt.current = 0;
        setEtag(fresh.etag || next);
        setBase(formValues);
        setStatus({ kind: "saved" });
        onTimings?.("tag", performance.now() - started);
      } catch (e) {
        if (e instanceof HttpError && e.status === 412) {
          const fresh = await toolkit.current(data.item);
          const { conflicts, merged } = conflictsOf(data.columns, base, formValues, fresh.fields);
          setEtag(fresh.etag);
          setValues(merged);
          setBase(valuesFromFields(data.columns, fresh.fields));
          if (conflicts.length === 0) return save(merged, fresh.etag);
          setChoices(Object.fromEntries(conflicts.map((c) => [c.name, "mine"])));
          setStatus({ kind: "conflict", conflicts });
        } else if (isTransient(e)) {
          attempt.current += 1;
          const wait = retryDelayMs(attempt.current);
          setStatus({ kind: "retrying", seconds: Math.round(wait / 1000) });
          timer.current = setTimeout(() => void save(formValues, ifMatch), wait);
        } else {
          setStatus({ kind: "failed", message: e instanceof Error ? e.message : String(e) });
        }
      }
    },
    [data, termMap, toolkit, host, base, onTimings],
  );

  useEffect(() => {
    const again = () => status.kind === "retrying" && void save(values, etag);
    window.addEventListener("online", again);
    return () => window.removeEventListener("online", again);
  }, [status, save, values, etag]);

  if (phase.kind === "loading") return <Spinner label={phase.waitingUrl ? t.waitingUrl : t.loading} />;
  if (phase.kind === "notSaved") return <MessageBar intent="warning"><MessageBarBody>{t.notSaved}</MessageBarBody></MessageBar>;
  if (phase.kind === "error") return <MessageBar intent="error"><MessageBarBody>{fill(t.error, { msg: phase.message })}</MessageBarBody></MessageBar>;
  if (phase.kind === "outside")
    return (
      <div className="pane">
        <MessageBar intent="warning"><MessageBarBody>{t.outside}</MessageBarBody></MessageBar>
        {phase.libraryUrl && <Button appearance="primary" as="a" href={phase.libraryUrl} target="_blank" rel="noopener">{t.openLibrary}</Button>}
      </div>
    );
  if (!data) return null;

  const message = (name: string) => {
    const p = touched ? problems[name] : undefined;
    return p ? (p.key === "tooLong" ? fill(t.tooLong, { max: p.max ?? 0 }) : t[p.key]) : undefined;
  };
  const label = (name: string) => (name === "Title" ? t.title : (data.columns.find((c) => c.name === name)?.displayName ?? name));
  const show = (v: string | string[]) => (Array.isArray(v) ? v.map((id) => termMap.get(id)?.label ?? id).join(", ") : v) || "—";

  const onTag = () => {
    setTouched(true);
    if (Object.keys(problems).length > 0) {
      setStatus({ kind: "failed", message: t.fixErrors });
      document.getElementById(`f-${Object.keys(problems)[0]}`)?.focus();
      return;
    }
    void save(values, etag);
  };

  const onResolve = () => {
    if (status.kind !== "conflict") return;
    const chosen = { ...values };
    for (const c of status.conflicts) chosen[c.name] = choices[c.name] === "theirs" ? c.theirs : c.mine;
    setValues(chosen);
    void save(chosen, etag);
  };

  return (
    <form className="pane" onSubmit={(e) => { e.preventDefault(); onTag(); }} noValidate>
      <h1>{t.heading}</h1>
      <Field label={t.title} required validationMessage={message("Title")}>
        <Input id="f-Title" value={String(values.Title ?? "")} onChange={(_, d) => set("Title", d.value)} />
      </Field>
      {data.columns.map((c) => {
        const v = values[c.name];
        if (c.kind === "terms")
          return (
            <Field key={c.name} label={{ children: c.displayName, htmlFor: `f-${c.name}` }} required={c.required} validationMessage={message(c.name)}>
              <TopicPicker id={`f-${c.name}`} terms={data.terms} value={(v as string[]) ?? []} onChange={(ids) => set(c.name, ids)} placeholder={t.topicsPlaceholder} invalid={!!message(c.name)} />
            </Field>
          );
        if (c.kind === "choice" || c.kind === "multiChoice") {
          const selected = Array.isArray(v) ? v : v ? [v] : [];
          return (
            <Field key={c.name} label={c.displayName} required={c.required} validationMessage={message(c.name)}>
              <Dropdown id={`f-${c.name}`} multiselect={c.kind === "multiChoice"} placeholder={t.selectPlaceholder} value={selected.join(", ")} selectedOptions={selected}
                onOptionSelect={(_, d) => set(c.name, c.kind === "multiChoice" ? d.selectedOptions : (d.optionValue ?? ""))}>
                {c.choices.map((choice) => <Option key={choice} value={choice}>{choice}</Option>)}
              </Dropdown>
            </Field>
          );
        }
        return (
          <Field key={c.name} label={c.displayName} required={c.required} validationMessage={message(c.name)} hint={c.maxLength ? `${String(v ?? "").length}/${c.maxLength}` : undefined}>
            {c.kind === "note"
              ? <Textarea id={`f-${c.name}`} value={String(v ?? "")} onChange={(_, d) => set(c.name, d.value)} />
              : <Input id={`f-${c.name}`} value={String(v ?? "")} onChange={(_, d) => set(c.name, d.value)} />}
          </Field>
        );
      })}

      {(suggestions.type || suggestions.topics.length > 0) && (
        <section aria-labelledby="sugg-h" className="suggestions">
          <h2 id="sugg-h">{t.suggested}</h2>
          {suggestions.type && typeColumn && (
            <Button size="small" onClick={() => set(typeColumn.name, suggestions.type!)} aria-label={`${t.accept}: ${typeColumn.displayName} ${suggestions.type}`}>{typeColumn.displayName}: {suggestions.type}</Button>
          )}
          {topicsColumn && suggestions.topics.map((s) => (
            <Button key={s.id} size="small" onClick={() => set(topicsColumn.name, [...((values[topicsColumn.name] as string[]) ?? []), s.id])} aria-label={`${t.accept}: ${s.label}`}>+ {s.label}</Button>
          ))}
        </section>
      )}

      <section aria-labelledby="sim-h" className="similar">
        <h2 id="sim-h">{t.similar}</h2>
        {similar.length === 0 ? <p>{t.noSimilar}</p> : (
          <ul>{similar.map((s) => <li key={s.product.id}><Link href={s.product.webUrl} target="_blank" rel="noopener">{s.product.title}</Link>{s.product.type ? ` (${s.product.type})` : ""}</li>)}</ul>
        )}
      </section>

      {status.kind === "conflict" && (
        <fieldset className="conflict">
          <legend>{t.conflict}</legend>
          {status.conflicts.map((c) => (
            <Field key={c.name} label={label(c.name)}>
              <RadioGroup value={choices[c.name] ?? "mine"} onChange={(_, d) => setChoices((x) => ({ ...x, [c.name]: d.value as "mine" | "theirs" }))}>
                <Radio value="mine" label={`${t.mine}: ${show(c.mine)}`} />
                <Radio value="theirs" label={`${t.theirs}: ${show(c.theirs)}`} />
              </RadioGroup>
            </Field>
          ))}
          <Button appearance="primary" onClick={onResolve}>{t.keepChosen}</Button>
        </fieldset>
      )}

      {status.kind !== "conflict" && <Button appearance="primary" type="submit" disabled={status.kind === "saving"}>{t.tag}</Button>}
      {status.kind === "retrying" && <Button onClick={() => void save(values, etag)}>{t.retryNow}</Button>}
      <div role="status" aria-live="polite" className="status" data-status={status.kind}>
        {status.kind === "saving" && t.saving}
        {status.kind === "saved" && t.saved}
        {status.kind === "retrying" && fill(t.retrying, { s: status.seconds })}
        {status.kind === "failed" && (status.message === t.fixErrors ? t.fixErrors : fill(t.failed, { msg: status.message }))}
      </div>
    </form>
  );
}
