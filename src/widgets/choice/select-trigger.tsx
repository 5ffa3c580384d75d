import { Button, SelectValue } from "react-aria-components";

/** The closed look of a choice widget's select (single or multiple): the chosen value and an arrow. */
export function SelectTrigger({ id }: { id: string }) {
  return (
    <Button id={id} className="w-input w-select-trigger">
      <SelectValue className="w-select-value" />
      <span className="w-select-arrow" aria-hidden="true">
        ▾
      </span>
    </Button>
  );
}
