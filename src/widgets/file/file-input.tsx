import { useEffect, useId, useRef, useState } from "react";
import type { WidgetInputProps } from "../types.ts";
import { isReadOnly, joinIds, nativeInputAttrs } from "../shared/input-attrs.ts";
import { valueToText } from "../shared/is-empty.ts";
import { fileNameOf } from "../shared/file-name.ts";
import { recordImage, recordLink } from "../shared/record-url.ts";
import { useWidgetServices } from "../widget-services.tsx";
import { checkFile, formatMb } from "./accept.ts";
import { t } from "../messages.ts";

function isImage(props: WidgetInputProps): boolean {
  return props.field.widget === "image" || /^image\//.test(props.field.accept ?? "");
}

/** What the stored URL points at: an image preview or a link. */
function Current({ url, image, label }: { url: string; image: boolean; label: string }) {
  if (image) {
    const src = recordImage(url);
    return src ? <img className="w-image-preview" src={src} alt={t("imagePreview", { label })} /> : null;
  }
  const href = recordLink(url);
  return href ? (
    <a className="w-link" href={href} target="_blank" rel="noopener noreferrer">
      {fileNameOf(url)}
      <span className="w-sr-only"> {t("opensInNewTab")}</span>
    </a>
  ) : null;
}

/**
 * File / image field. With an upload service: a file input honouring `accept` and `max_size_mb`
 * (checked before uploading, with a clear message), an object-URL preview of images, and the
 * uploaded URL stored. Without one (no upload endpoint): a URL / text input plus a preview.
 */
export function FileInput(props: WidgetInputProps) {
  const { uploadFile } = useWidgetServices();
  return uploadFile ? <UploadInput {...props} upload={uploadFile} /> : <UrlInput {...props} />;
}

function UrlInput(props: WidgetInputProps) {
  const { value, onChange, label, field } = props;
  const url = valueToText(value);
  return (
    <div className="w-file">
      <input
        {...nativeInputAttrs(props)}
        className="w-input"
        type="text"
        inputMode="url"
        autoComplete="off"
        spellCheck={false}
        placeholder={field.placeholder ?? "https://…"}
        value={url}
        onChange={(e) => onChange(e.target.value === "" ? null : e.target.value)}
      />
      {url.trim() !== "" && <Current url={url.trim()} image={isImage(props)} label={label} />}
    </div>
  );
}

type UploadFn = NonNullable<ReturnType<typeof useWidgetServices>["uploadFile"]>;

function UploadInput(props: WidgetInputProps & { upload: UploadFn }) {
  const { value, onChange, label, field, name, upload, describedBy, onInvalidInput } = props;
  const messageId = useId();
  const hintId = useId();
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const [preview, setPreview] = useState<string | null>(null);
  const abortRef = useRef<AbortController | null>(null);
  const url = valueToText(value);
  const image = isImage(props);
  const readOnly = isReadOnly(props);

  useEffect(
    () => () => {
      if (preview && typeof URL.revokeObjectURL === "function") URL.revokeObjectURL(preview);
    },
    [preview],
  );
  useEffect(() => () => abortRef.current?.abort(), []);

  const hint = [field.accept ? t("acceptedTypes", { accept: field.accept }) : null, field.max_size_mb ? t("maxSize", { size: formatMb(field.max_size_mb) }) : null]
    .filter(Boolean)
    .join(". ");

  const pick = async (file: File | undefined) => {
    if (!file) return;
    const problem = checkFile(file, field.accept, field.max_size_mb);
    if (problem) {
      setMessage({ text: problem, error: true });
      onInvalidInput?.(problem);
      return;
    }
    onInvalidInput?.(null);
    if (image && typeof URL.createObjectURL === "function") setPreview(URL.createObjectURL(file));
    abortRef.current?.abort();
    const ctrl = new AbortController();
    abortRef.current = ctrl;
    setMessage({ text: t("uploading", { name: file.name }), error: false });
    try {
      const stored = await upload(file, { name, field, signal: ctrl.signal });
      if (ctrl.signal.aborted) return;
      onChange(stored);
      setMessage({ text: t("uploaded", { name: file.name }), error: false });
    } catch (e) {
      if (ctrl.signal.aborted) return;
      const text = e instanceof Error && e.message ? t("uploadFailedBecause", { name: file.name, reason: e.message }) : t("uploadFailed", { name: file.name });
      setMessage({ text, error: true });
    }
  };

  return (
    <div className="w-file">
      {preview ? (
        <img className="w-image-preview" src={preview} alt={t("imagePreview", { label })} />
      ) : (
        url.trim() !== "" && <Current url={url.trim()} image={image} label={label} />
      )}
      {!readOnly && (
        <input
          {...nativeInputAttrs(props)}
          className="w-file-input"
          type="file"
          accept={field.accept}
          aria-invalid={props.invalid || message?.error || undefined}
          aria-describedby={joinIds(describedBy, hint ? hintId : null, messageId)}
          readOnly={undefined}
          onChange={(e) => {
            void pick(e.target.files?.[0]);
            e.target.value = "";
          }}
        />
      )}
      {hint && (
        <span id={hintId} className="w-hint">
          {hint}
        </span>
      )}
      <span id={messageId} className={message?.error ? "w-message w-message-error" : "w-message"} aria-live="polite">
        {message?.text ?? ""}
      </span>
      {url.trim() !== "" && !readOnly && (
        <button
          type="button"
          className="w-button"
          disabled={props.disabled}
          onClick={() => {
            setPreview(null);
            setMessage(null);
            onChange(null);
          }}
        >
          {image ? t("removeImage") : t("removeFile")}
        </button>
      )}
    </div>
  );
}
