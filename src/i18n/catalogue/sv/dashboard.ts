import type en from "../en/dashboard.ts";
import type { Translation } from "../../types.ts";

export default {
  title: "Översikt",
  total: "{total, plural, one {# post} other {# poster}} i {models, plural, one {# modell} other {# modeller}}",
  loadError: "Kunde inte läsa in antalet poster: {reason}",
  unknownError: "okänt fel",
  retry: "Försök igen",
  loading: "Laddar antal poster…",
  records: "Poster",
  noModels: "Servern rapporterade inga modeller att räkna.",
  changes: "{count, plural, one {# ändring} other {# ändringar}}",
  trendLabel: "{model}: ändringar per dag under {days, plural, one {# dag} other {# dagar}} fram till {day}: {values}",
  trendNote: "Staplar: ändringar per dag under {days, plural, one {# dag} other {# dagar}} fram till {day}.",
  trendNoteLatest: "Staplar: ändringar per dag under {days, plural, one {# dag} other {# dagar}} fram till {day}, av de senaste {limit, plural, one {# ändringen} other {# ändringarna}}.",
  recordsByModel: "Poster per modell",
  chartCaption: "Antal poster i {count, plural, one {den # modellen} other {var och en av de # modellerna}}",
  chartModel: "Modell",
  chartRecords: "Poster",
  widgets: "Widgetar",
  recentActivity: "Senaste aktivitet",
  viewAllActivity: "Visa all aktivitet",
  recentLoadError: "Kunde inte läsa in den senaste aktiviteten: {reason}",
  loadingActivity: "Laddar aktivitet…",
  noActivity: "Ingen aktivitet än.",
} satisfies Translation<typeof en>;
