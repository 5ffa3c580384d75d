// The text kind's inputs and filter, in the editors chunk (editors.ts), loaded lazily.
import { EmailInput, TextInput, UrlInput } from "./text-input.tsx";
import { PasswordInput } from "./password-input.tsx";
import { TextareaInput } from "./textarea-input.tsx";
import { ContainsFilter } from "./text-filter.tsx";
import { textWidget } from "./text-widget.ts";

export const textEditors = { TextInput, EmailInput, UrlInput, PasswordInput, TextareaInput, ContainsFilter };

textWidget.provideEditors(textEditors);
