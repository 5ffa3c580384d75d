// The relation kind's plain input and filter (ids as text), in the editors chunk (editors.ts),
// loaded lazily. The app replaces both with the relation picker (an override at app creation).
import { RelationIdInput } from "./relation-input.tsx";
import { RelationFilter } from "./relation-filter.tsx";
import { relationWidget } from "./relation-widget.ts";

export const relationEditors = { RelationIdInput, RelationFilter };

relationWidget.provideEditors(relationEditors);
