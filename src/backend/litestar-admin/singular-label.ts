// litestar-admin gives each model one display name and no plural (litestar-admin.md §5, §16);
// view names are usually plural ("Products"). A small, conservative English singulariser for
// the last word of that name: only clear rules; anything doubtful is left as it is.

/** Words that are the same in singular and plural, or have no singular to speak of. */
const INVARIANT = new Set([
  "news",
  "series",
  "species",
  "analytics",
  "logistics",
  "physics",
  "economics",
  "mathematics",
  "politics",
  "ethics",
  "athletics",
  "electronics",
  "genetics",
  "goods",
  "clothes",
  "premises",
  "headquarters",
  "means",
  "odds",
  "whereabouts",
  "crossroads",
  "barracks",
  "scissors",
  "chaos",
  "kudos",
  "ethos",
  "cosmos",
  "alias",
  "canvas",
  "atlas",
  "bias",
  "gas",
  "lens",
]);

/** Irregular plurals and endings the rules below would get wrong. */
const IRREGULAR: Record<string, string> = {
  people: "person",
  children: "child",
  men: "man",
  women: "woman",
  mice: "mouse",
  geese: "goose",
  teeth: "tooth",
  feet: "foot",
  statuses: "status",
  bonuses: "bonus",
  campuses: "campus",
  viruses: "virus",
  buses: "bus",
  censuses: "census",
  aliases: "alias",
  canvases: "canvas",
  atlases: "atlas",
  biases: "bias",
  gases: "gas",
  lenses: "lens",
  analyses: "analysis",
  crises: "crisis",
  theses: "thesis",
  diagnoses: "diagnosis",
  quizzes: "quiz",
  heroes: "hero",
  potatoes: "potato",
  tomatoes: "tomato",
  echoes: "echo",
  vetoes: "veto",
  wolves: "wolf",
  halves: "half",
  shelves: "shelf",
  knives: "knife",
  wives: "wife",
  lives: "life",
  indices: "index",
  matrices: "matrix",
  vertices: "vertex",
  menus: "menu",
  gurus: "guru",
  haikus: "haiku",
};

/** `-ies` words whose singular ends in `-ie`. */
const IE_WORDS = new Set(["movies", "cookies", "calories", "zombies", "selfies", "brownies", "rookies", "goalies", "hoodies", "smoothies", "genies", "aunties", "prairies", "freebies", "newbies"]);

/** `-ches` words whose singular ends in `-che`. */
const CHE_WORDS = new Set(["caches", "niches", "headaches", "avalanches", "moustaches", "mustaches", "quiches", "cliches", "psyches", "earaches", "toothaches"]);

/** Re-apply the case pattern of `like` to a lower-case word. */
function withCaseOf(like: string, word: string): string {
  if (like.length > 1 && like === like.toUpperCase()) return word.toUpperCase();
  if (like.charAt(0) === like.charAt(0).toUpperCase()) return word.charAt(0).toUpperCase() + word.slice(1);
  return word;
}

/** How to turn a lower-case plural into its singular: drop `drop` letters, then append `add`. */
function ending(lower: string): { drop: number; add: string } | null {
  // already singular: "Status", "Address", "Analysis" (and "-is" plurals like "Wikis" are rare)
  if (!lower.endsWith("s") || /(ss|us|is)$/.test(lower)) return null;
  // "Categories" → "Category"; "Movies" → "Movie"; short words ("Ties", "Pies") → "-ie"
  if (lower.endsWith("ies")) return IE_WORDS.has(lower) || lower.length <= 4 ? { drop: 1, add: "" } : { drop: 3, add: "y" };
  // "Addresses" → "Address", "Boxes" → "Box", "Wishes" → "Wish"
  if (/(ss|x|sh)es$/.test(lower)) return { drop: 2, add: "" };
  // "Branches" → "Branch"; "Caches" → "Cache"
  if (lower.endsWith("ches")) return { drop: CHE_WORDS.has(lower) ? 1 : 2, add: "" };
  // "Heroes" vs "Shoes": unclear in general (the known ones are irregular above)
  if (/[^aeiou]oes$/.test(lower)) return null;
  // "Products" → "Product", "Invoices" → "Invoice", "Photos" → "Photo"
  return { drop: 1, add: "" };
}

/** The singular of one English word; the word itself when no clear rule applies. */
export function singularizeWord(word: string): string {
  // acronyms: "APIs", "URLs", "FAQs"
  if (/^[A-Z]{2,}s$/.test(word)) return word.slice(0, -1);
  const lower = word.toLowerCase();
  if (lower.length < 3 || INVARIANT.has(lower)) return word;
  // short all-caps words are acronyms: "SMS", "GPS", "DNS"
  if (word.length <= 3 && word === word.toUpperCase()) return word;
  const irregular = IRREGULAR[lower];
  if (irregular !== undefined) return withCaseOf(word, irregular);
  const rule = ending(lower);
  if (!rule) return word;
  const upper = word.length > 1 && word === word.toUpperCase();
  return word.slice(0, word.length - rule.drop) + (upper ? rule.add.toUpperCase() : rule.add);
}

/**
 * The singular label for a litestar model name: its last word is singularised ("Blog Posts" →
 * "Blog Post", "BlogPosts" → "BlogPost", "Categories" → "Category"); "Status", "News",
 * "Audit log" and lists ("Users & Groups") stay as they are.
 */
export function singularLabel(name: string): string {
  // a list of things ("Users & Groups", "Tags, Labels") has no single singular
  if (/[&,/+]|\band\b/i.test(name)) return name;
  const m = /^(.*?)([A-Z]{2,}s|[A-Z]?[a-z]+|[A-Z]+)$/.exec(name);
  if (!m) return name;
  const [, head = "", last = ""] = m;
  return `${head}${singularizeWord(last)}`;
}

/**
 * The plural label for a litestar view name, which is usually plural already but can be singular
 * ("Post", "Author", "Audit log"): a singular name gets an English plural ("Posts", "Categories",
 * "Boxes"); a name ending in s ("Products", "News", "Status"), a list, or anything else stays.
 */
export function pluralLabel(name: string): string {
  if (/[&,/+]|\band\b/i.test(name) || !/[a-z]$/i.test(name) || /s$/i.test(name)) return name;
  if (singularLabel(name) !== name) return name;
  if (/[^aeiou]y$/i.test(name)) return `${name.slice(0, -1)}ies`;
  if (/(x|z|ch|sh)$/i.test(name)) return `${name}es`;
  return `${name}s`;
}
