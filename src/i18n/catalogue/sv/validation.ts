import type en from "../en/validation.ts";
import type { Translation } from "../../types.ts";

export default {
  required: "{label} är obligatoriskt",
  oneOf: "Måste vara något av: {options}",
  notOneOf: "\"{value}\" är inte något av: {options}",
  list: "Måste vara en lista med värden",
  eachMaxLength: "Varje värde får vara högst {max, plural, one {# tecken} other {# tecken}}",
  minLength: "Måste vara minst {min, plural, one {# tecken} other {# tecken}}",
  maxLength: "Får vara högst {max, plural, one {# tecken} other {# tecken}}",
  format: "Måste ha rätt format",
  boolean: "Måste vara sant eller falskt",
  booleanText: "Måste vara sant eller falskt (ja/nej, 1/0)",
  number: "Måste vara ett tal",
  wholeNumber: "Måste vara ett heltal",
  min: "Måste vara {min} eller mer",
  max: "Måste vara {max} eller mindre",
  step: "Måste vara i steg om {step}",
  date: "Måste vara ett giltigt datum",
  notBefore: "Får vara tidigast {min}",
  notAfter: "Får vara senast {max}",
  json: "Måste vara giltig JSON",
  text: "Måste vara text",
  email: "Måste vara en giltig e-postadress",
  url: "Måste vara en giltig URL",
  colour: "Måste vara en färg som #1a2b3c",
  time: "Måste vara en giltig tid (TT:MM)",
} satisfies Translation<typeof en>;
