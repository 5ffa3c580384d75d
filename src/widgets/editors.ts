// Every widget kind's inputs and filters (each kind's `<kind>/<kind>-editors.ts`, which hands them
// to its kind module as it loads): one chunk, imported by the screens that edit or filter (the
// form, the filter panel, bulk edit), so they render the real inputs at once, and loaded on
// demand by the late-bound inputs and filters elsewhere (define-widget-kind.tsx). Not on the
// list's first screen. The glob keeps the widget list (widget-list.ts) the one list to edit.
import.meta.glob("./*/*-editors.ts", { eager: true });
