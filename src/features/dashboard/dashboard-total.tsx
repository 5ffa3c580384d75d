// The dashboard header's total: how many records in how many models.
import type { DashboardData } from "../../backend/types.ts";
import type { ResourceSchema } from "../../protocol/types.ts";
import { modelCounts } from "./model-counts.ts";
import { t } from "./messages.ts";

export function DashboardTotal({ data, resources }: { data: DashboardData; resources: readonly ResourceSchema[] }) {
  const models = modelCounts(data, resources);
  const total = data.totalRecords ?? models.reduce((n, m) => n + m.count, 0);
  return <p className="dashboard-total muted">{t("total", { total, models: models.length })}</p>;
}
