// The one normalised error every adapter throws. Screens never parse raw error bodies.

export interface FieldError {
  field: string;
  message: string;
}

export interface ApiErrorInit {
  status: number;
  code: string;
  message: string;
  fieldErrors?: FieldError[];
  retryAfter?: number;
  requestId?: string;
  authLost?: boolean;
  details?: unknown;
}

export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly fieldErrors: FieldError[];
  /** Seconds to wait before retrying (429). */
  readonly retryAfter?: number;
  readonly requestId?: string;
  /** The session is gone (Craft Easy 401 AUTH_REQUIRED, litestar-admin text/plain 404). */
  readonly authLost: boolean;
  readonly details?: unknown;

  constructor(init: ApiErrorInit) {
    super(init.message);
    this.name = "ApiError";
    this.status = init.status;
    this.code = init.code;
    this.fieldErrors = init.fieldErrors ?? [];
    this.retryAfter = init.retryAfter;
    this.requestId = init.requestId;
    this.authLost = init.authLost ?? false;
    this.details = init.details;
  }
}

export function isApiError(e: unknown): e is ApiError {
  return e instanceof ApiError;
}
