// A save the end of the session interrupted runs again once the user has signed in (the shell
// shows the sign-in dialog; the page, and what was typed, stay as they are).
import { useEffect } from "react";
import type { SaveIntent, SavePhase } from "./types.ts";

export interface ResumeAfterReauthInput {
  phase: SavePhase;
  sessionLost: boolean;
  resume(intent: SaveIntent): void;
}

export function useResumeAfterReauth({ phase, sessionLost, resume }: ResumeAfterReauthInput): void {
  const waiting = phase.kind === "awaiting-sign-in" ? phase.intent : null;
  useEffect(() => {
    if (waiting && !sessionLost) resume(waiting);
  }, [resume, sessionLost, waiting]);
}
