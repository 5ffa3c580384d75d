// Route entry for /r/:resource/:id/edit (own lazy chunk). The forms task replaces this file.
export { RecordPage as EditRecordPage } from "../record/record-page.tsx";
