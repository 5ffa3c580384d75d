// config.json is the first link of a cold load's chain (config → schema → rows), so index.html
// requests it with an inline script the moment <base> is set, instead of after the entry module
// has loaded and run, and reads the whole file as it arrives. The config loader (load-config.ts)
// takes that file (once) when it asks for the same URL: by then it is usually settled, so the
// config → bootstrap request chain runs in microtasks, ahead of the chunks queued for evaluation
// (a Response body read at that point waited behind them: 30–40 ms here).

/** The inline script in index.html (right after the <base> script); kept equal by a test. */
export const CONFIG_PREFETCH_INLINE_SCRIPT =
  '(function(){try{var u=new URL("config.json",document.baseURI).href,p=fetch(u,{cache:"no-store",headers:{Accept:"application/json"}}).then(function(r){return r.text().then(function(t){return{status:r.status,contentType:r.headers.get("content-type")||"",text:t}})});p.catch(function(){});window.__atriumConfig={url:u,file:p}}catch(e){}})();';

/** config.json as read by index.html: a failed request rejects. */
export interface EarlyConfigFile {
  status: number;
  contentType: string;
  text: string;
}

interface EarlyConfig {
  url: string;
  file: Promise<EarlyConfigFile>;
}

/** The file index.html read, if it was for `url`; taken once. */
export function takeEarlyConfigFile(url: string): Promise<EarlyConfigFile> | null {
  const g = globalThis as { __atriumConfig?: EarlyConfig };
  const early = g.__atriumConfig;
  if (!early || early.url !== url || typeof early.file?.then !== "function") return null;
  delete g.__atriumConfig;
  return early.file;
}
