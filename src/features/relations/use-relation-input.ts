// The text state of the relation picker's input: whether the popup is open, what is typed, and
// whether a single value is being edited (its label replaced by a search term) or shown.
import { useCallback, useState } from "react";

export interface RelationInput {
  open: boolean;
  setOpen(open: boolean): void;
  editing: boolean;
  text: string;
  /** What the input shows. */
  inputValue: string;
  /** The search term ("" while a single value is only shown). */
  typed: string;
  /** Typing: the text becomes the search term and the popup opens. */
  onInputChange(text: string): void;
  /** Stop editing: the input shows the value again. */
  stop(): void;
}

export function useRelationInput({ multiple, currentText }: { multiple: boolean; currentText: string }): RelationInput {
  const [open, setOpen] = useState(false);
  const [editing, setEditing] = useState(false);
  const [text, setText] = useState("");
  const typing = multiple || editing;
  const onInputChange = (v: string) => {
    setText(v);
    if (!multiple) setEditing(true);
    setOpen(true);
  };
  const stop = useCallback(() => {
    setEditing(false);
    setText("");
  }, []);
  return { open, setOpen, editing, text, inputValue: typing ? text : currentText, typed: typing ? text : "", onInputChange, stop };
}
