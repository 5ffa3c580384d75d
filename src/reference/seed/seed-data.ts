// The demo data set's word lists: categories, product names, people, notes. Pure data.

export const CATEGORY_DATA: [name: string, code: string, parent: string | null][] = [
  ["Outdoor", "OUT", null], ["Tents", "TEN", "Outdoor"], ["Backpacks", "BAG", "Outdoor"], ["Climbing", "CLI", "Outdoor"],
  ["Kitchen", "KIT", null], ["Cookware", "COO", "Kitchen"], ["Knives", "KNI", "Kitchen"], ["Coffee", "COF", "Kitchen"],
  ["Electronics", "ELE", null], ["Audio", "AUD", "Electronics"], ["Cameras", "CAM", "Electronics"], ["Computers", "CMP", "Electronics"],
  ["Home", "HOM", null], ["Lighting", "LIG", "Home"], ["Textiles", "TEX", "Home"], ["Furniture", "FUR", "Home"],
  ["Sports", "SPO", null], ["Cycling", "CYC", "Sports"], ["Running", "RUN", "Sports"], ["Swimming", "SWI", "Sports"],
  ["Garden", "GAR", null],
  // no products: deletable
  ["Seasonal", "SEA", null], ["Clearance", "CLR", null], ["Gift cards", "GIF", null],
];
export const CATEGORY_COLORS = ["#16a34a", "#ea580c", "#2563eb", "#db2777", "#7c3aed", "#0891b2", "#ca8a04", "#dc2626"];

export const ADJECTIVES = ["Classic", "Compact", "Deluxe", "Eco", "Essential", "Ultralight", "Rugged", "Smart", "Premium", "Urban", "Nordic", "Pro", "Travel", "Vintage", "Modern"];
export const MATERIALS = ["Bamboo", "Carbon", "Ceramic", "Cotton", "Granite", "Linen", "Merino", "Oak", "Steel", "Titanium", "Walnut", "Wool", "Aluminium", "Copper", "Glass"];
export const NOUNS: Record<string, string[]> = {
  OUT: ["Lantern", "Hammock", "Compass"], TEN: ["Tent", "Tarp", "Shelter"], BAG: ["Backpack", "Daypack", "Duffel"], CLI: ["Harness", "Carabiner", "Chalk Bag"],
  KIT: ["Apron", "Cutting Board", "Spice Rack"], COO: ["Skillet", "Saucepan", "Dutch Oven"], KNI: ["Chef Knife", "Paring Knife", "Whetstone"], COF: ["Grinder", "Pour-Over Set", "Espresso Cup"],
  ELE: ["Charger", "Power Bank", "Cable Kit"], AUD: ["Headphones", "Speaker", "Turntable"], CAM: ["Camera", "Lens", "Tripod"], CMP: ["Keyboard", "Monitor Arm", "Laptop Stand"],
  HOM: ["Vase", "Clock", "Mirror"], LIG: ["Desk Lamp", "Floor Lamp", "Pendant"], TEX: ["Throw", "Cushion", "Rug"], FUR: ["Stool", "Side Table", "Shelf"],
  SPO: ["Water Bottle", "Gym Bag", "Yoga Mat"], CYC: ["Bike Light", "Helmet", "Saddle Bag"], RUN: ["Running Vest", "Cap", "Socks"], SWI: ["Goggles", "Swim Cap", "Towel"],
  GAR: ["Planter", "Watering Can", "Pruner"],
};
export const TAGS = ["bestseller", "new", "eco", "gift", "limited", "sale", "handmade", "warranty-5y", "bundle", "clearance"];
export const FIRST = ["Alice", "Björn", "Clara", "David", "Elin", "Filip", "Greta", "Hugo", "Ida", "Johan", "Karin", "Lars", "Maja", "Nils", "Olivia", "Per", "Quinn", "Rasmus", "Sara", "Tobias", "Ulla", "Viktor", "Wilma", "Xander", "Ylva", "Zoran", "Anna", "Erik", "Sofia", "Oscar", "Emma", "Liam", "Noah", "Mia", "Leo", "Ella"];
export const LAST = ["Andersson", "Berg", "Carlsson", "Dahl", "Ek", "Forsberg", "Gustafsson", "Holm", "Isaksson", "Johansson", "Karlsson", "Lindqvist", "Magnusson", "Nilsson", "Olsson", "Persson", "Quist", "Risberg", "Svensson", "Törnqvist", "Ulfsson", "Wikström", "Nyström", "Larsen", "Hansen", "Virtanen", "Müller", "de Vries", "Smith", "Jones"];
export const DOMAINS = ["example.com", "example.org", "mail.example.net", "shop.example.se", "inbox.example.de"];
export const NOTE_LINES = ["Prefers **email** over phone.", "VIP: handle returns with priority.", "Asked about _bulk pricing_ for their office.", "Moved abroad in 2025; check the address.", "- Allergic to wool\n- Likes gift wrapping"];
export const ORDER_NOTES = ["Leave at the front door.", "Gift: please remove the price tag.", "Call before delivery.", "Deliver to the reception desk.", "Fragile: pack with extra care."];
export const HOOK_NAMES = ["ERP sync", "Warehouse", "Slack notifications", "Analytics", "Legacy CRM"];
