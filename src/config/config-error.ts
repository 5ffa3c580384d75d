// A configuration that cannot be used: malformed config.json or a value of the wrong type.

export class ConfigError extends Error {
  /** The offending key (`apiUrl`, `VITE_API_DIALECT`, …), or null for the whole file. */
  readonly key: string | null;

  constructor(message: string, key: string | null = null) {
    super(message);
    this.name = "ConfigError";
    this.key = key;
  }
}

export function isConfigError(e: unknown): e is ConfigError {
  return e instanceof ConfigError;
}
