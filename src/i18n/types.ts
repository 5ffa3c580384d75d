/** The languages Atrium speaks. English is built in; every other one is loaded when chosen. */
export const LOCALES = ["en", "sv"] as const;
export type Locale = (typeof LOCALES)[number];

/** One area's messages in English: ICU MessageFormat text by id (ids are local to the area). */
export type Messages = Record<string, string>;

/** Another language's text for an area: every id of the English, and no other. */
export type Translation<M extends Messages> = { readonly [K in keyof M]: string };

/** Values for a message's `{placeholders}`: plurals and `{n, number}` take numbers. */
export type MessageValues = Readonly<Record<string, string | number | Date | null | undefined>>;

/** A typed lookup into one area: `t("deleteConfirm", { count: 3, one: "book", other: "books" })`. */
export type Translate<M extends Messages> = (id: keyof M & string, values?: MessageValues) => string;
