// The text state of the relation picker's input: whether the popup is open, what is typed, and
// whether a single value is being edited (its label replaced by a search term) or shown.
import { useCallback, useRef, useState } from "react";

export interface RelationInput {
  open: boolean;
  setOpen(open: boolean): void;
  editing: boolean;
  text: string;
  /** What the input shows. */
  inputValue: string;
  /** The search term ("" while a single value is only shown). */
  typed: string;
  onInputChange(text: string): void;
  /** Stop editing: the input shows the value again. */
  stop(): void;
  noteKey(key: string): void;
  /** Whether the last key was Escape (and forget it). */
  takeEscape(): boolean;
}

export function useRelationInput({ multiple, currentText }: { multiple: boolean; currentText: string }): RelationInput {
  const [open, setOpen] = useState(false);
  const [editing, setEditing] = useState(false);
  const [text, setText] = useState("");
  const escaping = useRef(false);
  const typing = multiple || editing;
  const onInputChange = (v: string) => {
    // react-aria sets the input to the shown label (on selection, on blur): that is no typing
    if (!multiple && !editing && v === currentText) return;
    setText(v);
    if (!multiple) setEditing(true);
  };
  const stop = useCallback(() => {
    setEditing(false);
    setText("");
  }, []);
  const noteKey = useCallback((key: string) => void (escaping.current = key === "Escape"), []);
  const takeEscape = useCallback(() => {
    const was = escaping.current;
    escaping.current = false;
    return was;
  }, []);
  return { open, setOpen, editing, text, inputValue: typing ? text : currentText, typed: typing ? text : "", onInputChange, stop, noteKey, takeEscape };
}
