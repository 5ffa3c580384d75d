// The list's search box (`Search`), debounced into the URL; Escape clears it.
import { useEffect, useRef, useState } from "react";
import { t } from "./messages.ts";

export function SearchBox({ value, onSearch, debounceMs = 300 }: { value: string; onSearch(v: string): void; debounceMs?: number }) {
  const [text, setText] = useState(value);
  const sent = useRef(value);
  useEffect(() => {
    if (value !== sent.current) {
      sent.current = value;
      setText(value);
    }
  }, [value]);
  useEffect(() => {
    if (text === sent.current) return;
    const timer = setTimeout(() => {
      sent.current = text;
      onSearch(text);
    }, debounceMs);
    return () => clearTimeout(timer);
  }, [text, onSearch, debounceMs]);
  return (
    <input
      type="search"
      className="input list-search"
      aria-label={t("search")}
      placeholder={t("searchPlaceholder")}
      value={text}
      onChange={(e) => setText(e.target.value)}
      onKeyDown={(e) => {
        if (e.key === "Enter") {
          sent.current = text;
          onSearch(text);
        } else if (e.key === "Escape" && text !== "") {
          e.preventDefault();
          setText("");
        }
      }}
    />
  );
}
