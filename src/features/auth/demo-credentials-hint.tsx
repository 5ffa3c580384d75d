import type { DevCredential } from "../../backend/types.ts";

/** Shows the demo / development sign-in credentials on the sign-in screen. */
export function DemoCredentialsHint({ credentials }: { credentials: DevCredential[] }) {
  if (credentials.length === 0) return null;
  return (
    <section className="demo-hint" aria-labelledby="demo-hint-title">
      <strong id="demo-hint-title">Demo sign-in</strong>
      {credentials.map((c) => (
        <dl key={`${c.email}-${c.role ?? ""}`}>
          <dt>Email</dt>
          <dd>{c.email}</dd>
          {c.code !== undefined && (
            <>
              <dt>Code</dt>
              <dd>{c.code}</dd>
            </>
          )}
          {c.password !== undefined && (
            <>
              <dt>Password</dt>
              <dd>{c.password}</dd>
            </>
          )}
          {c.role !== undefined && (
            <>
              <dt>Role</dt>
              <dd>{c.role}</dd>
            </>
          )}
        </dl>
      ))}
    </section>
  );
}
