/** Non-blocking notice that a newer admin schema is available, with a `Reload` button. */
export function SchemaUpdateBanner({ onReload }: { onReload: () => void }) {
  return (
    <div className="banner" role="status">
      <span>The admin schema has changed.</span>
      <button type="button" className="btn" onClick={onReload}>
        Reload
      </button>
    </div>
  );
}
