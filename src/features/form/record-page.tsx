// Route entry for /r/:resource/:id (own lazy chunk). The forms task replaces this file.
export { RecordPage } from "../record/record-page.tsx";
