// Route entry for /r/:resource/new (own lazy chunk). The forms task replaces this file.
export { NewRecordPage } from "../record/new-record-page.tsx";
