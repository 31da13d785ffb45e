import { useState } from "react";
import { Tag, TagPicker, TagPickerControl, TagPickerGroup, TagPickerInput, TagPickerList, TagPickerOption, type TagPickerProps } from "@fluentui/react-components";
import type { Term } from "../sharepoint/model";

/** A type-ahead picker over a term set (labels and synonyms); values are term ids. */
export function TopicPicker(props: { id: string; terms: Term[]; value: string[]; onChange: (ids: string[]) => void; placeholder: string; invalid: boolean }) {
  const [query, setQuery] = useState("");
  const byId = new Map(props.terms.map((t) => [t.id, t]));
  const q = query.trim().toLowerCase();
  const options = props.terms.filter(
    (t) => !props.value.includes(t.id) && (!q || [t.label, ...t.synonyms].some((l) => l.toLowerCase().includes(q))),
  );
  const onSelect: TagPickerProps["onOptionSelect"] = (_, data) => {
    props.onChange(data.selectedOptions);
    setQuery("");
  };
  return (
    <TagPicker onOptionSelect={onSelect} selectedOptions={props.value}>
      <TagPickerControl>
        <TagPickerGroup aria-label="Selected topics">
          {props.value.map((id) => (
            <Tag key={id} shape="rounded" value={id}>
              {byId.get(id)?.label ?? id}
            </Tag>
          ))}
        </TagPickerGroup>
        <TagPickerInput id={props.id} aria-invalid={props.invalid} value={query} onChange={(e) => setQuery(e.target.value)} placeholder={props.placeholder} />
      </TagPickerControl>
      <TagPickerList>
        {options.map((t) => (
          <TagPickerOption key={t.id} value={t.id} text={t.label}>
            {t.label}
          </TagPickerOption>
        ))}
      </TagPickerList>
    </TagPicker>
  );
}
