// config.json is the first link of a cold load's chain (config → schema → rows), so index.html
// requests it with an inline script the moment <base> is set, instead of after the entry module
// has loaded and run, and reads its body as it arrives (else the body waits in the main thread's
// task queue behind the chunks being evaluated: 40 ms here). loadConfig takes that response
// (once) when it asks for the same URL.

/** The inline script in index.html (right after the <base> script); kept equal by a test. */
export const CONFIG_PREFETCH_INLINE_SCRIPT =
  '(function(){try{var u=new URL("config.json",document.baseURI).href,p=fetch(u,{cache:"no-store",headers:{Accept:"application/json"}}).then(function(r){return r.text().then(function(t){return new Response(t||null,{status:r.status,statusText:r.statusText,headers:r.headers})})});p.catch(function(){});window.__atriumConfig={url:u,response:p}}catch(e){}})();';

interface EarlyConfig {
  url: string;
  response: Promise<Response>;
}

/** The response index.html asked for, if it was for `url`; taken once (a body reads once). */
export function takeEarlyConfigResponse(url: string): Promise<Response> | null {
  const g = globalThis as { __atriumConfig?: EarlyConfig };
  const early = g.__atriumConfig;
  if (!early || early.url !== url) return null;
  delete g.__atriumConfig;
  return early.response;
}
