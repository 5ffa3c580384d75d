// Route entry for /activity (own lazy chunk). The dashboard/activity task replaces this file.
export function ActivityPage() {
  return (
    <section>
      <div className="page-header">
        <h1>Activity</h1>
      </div>
      <p className="muted">Activity is not available yet.</p>
    </section>
  );
}
