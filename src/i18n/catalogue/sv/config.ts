import type en from "../en/config.ts";
import type { Translation } from "../../types.ts";

export default {
  notUrl: "{key} är inte en giltig URL: {value}",
  notHttp: "{key} måste vara en http(s)-URL, fick {value}",
  notDialect: "{key} måste vara en av {names}; fick {value}",
  notObjectFile: "{where} måste innehålla ett JSON-objekt",
  apiUrlType: "apiUrl i {where} måste vara en sträng eller null; fick {value}",
  settingsType: "settings i {where} måste vara ett objekt; fick {value}",
  notJson: "config.json är inte giltig JSON",
  notJsonDetail: "config.json är inte giltig JSON: {detail}",
} satisfies Translation<typeof en>;
