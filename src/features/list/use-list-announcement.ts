// The live-region text of the list: its last sort or page change, said once the new rows are there.
import { useEffect, useRef, useState } from "react";
import type { Page, SortKey } from "../../backend/types.ts";
import type { ResourceSchema } from "../../protocol/types.ts";
import { listAnnouncement, type Announced } from "./list-announcement.ts";

export interface AnnouncementInput {
  resource: ResourceSchema;
  page: Page | undefined;
  /** The rows are still the previous view's: nothing to say yet. */
  placeholder: boolean;
  sort: SortKey[];
  pageNumber: number;
  perPage: number;
}

export function useListAnnouncement({ resource, page, placeholder, sort, pageNumber, perPage }: AnnouncementInput): string {
  const [announcement, setAnnouncement] = useState("");
  const last = useRef<Announced>({ sort: JSON.stringify(sort), page: pageNumber });
  useEffect(() => {
    if (!page || placeholder) return;
    const pages = Math.max(1, Math.ceil(page.total / perPage));
    const text = listAnnouncement(last.current, { sort, page: pageNumber, pages }, resource);
    if (text !== null) setAnnouncement(text);
    last.current = { sort: JSON.stringify(sort), page: pageNumber };
  }, [page, placeholder, sort, pageNumber, perPage, resource]);
  return announcement;
}
