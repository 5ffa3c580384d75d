// Route entry for /r/:resource/import (own lazy chunk). The import task replaces this file.
export function ImportPage() {
  return (
    <section>
      <div className="page-header">
        <h1>Import</h1>
      </div>
      <p className="muted">The import wizard is not available yet.</p>
    </section>
  );
}
