// Route entry for /r/:resource (own lazy chunk). The list-view task replaces this file.
export { PlainListPage as ListPage } from "./plain-list-page.tsx";
