import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';

const maxRedirects = 5;

/**
 * An HTTP response, read whole (registry answers are small JSON documents).
 *
 * @example
 * const r: HttpResponse = { status: 200, statusText: 'OK', ok: true, headers: { get: () => null }, body: Buffer.from('{}') };
 */
export interface HttpResponse {
  status: number;
  statusText: string;
  ok: boolean;
  headers: { get(name: string): string | null };
  body: Buffer;
}

/**
 * What the registry client sends requests with.
 *
 * @example
 * const http: HttpClient = httpGet;
 */
export type HttpClient = (url: string | URL, init?: { method?: string; headers?: Record<string, string>; body?: string; signal?: AbortSignal }) => Promise<HttpResponse>;

/**
 * Sends a request over `node:http`/`node:https` with no connection pool: each request closes
 * its connection, so a short command exits as soon as it is done (the global fetch keeps idle
 * connections open for seconds, and the process waits for them; it also costs ~100 ms to load).
 * Follows redirects — registries send blobs from other hosts — without taking `Authorization`
 * along to another origin.
 *
 * @example
 * const response = await httpGet('http://127.0.0.1:5000/v2/', { method: 'HEAD' });
 */
export const httpGet: HttpClient = async (input, init = {}) => {
  let url = new URL(String(input));
  const method = init.method ?? 'GET';
  let headers = { ...init.headers };
  for (let hop = 0; ; hop++) {
    const response = await send(url, method, headers, hop === 0 ? init.body : undefined, init.signal);
    const status = response.statusCode ?? 0;
    const location = response.headers.location;
    if (status >= 300 && status < 400 && location && hop < maxRedirects) {
      response.resume();
      const next = new URL(location, url);
      if (next.origin !== url.origin) headers = Object.fromEntries(Object.entries(headers).filter(([k]) => k.toLowerCase() !== 'authorization'));
      url = next;
      continue;
    }
    const chunks: Buffer[] = [];
    for await (const chunk of response) chunks.push(chunk as Buffer);
    const received = response.headers;
    return {
      status,
      statusText: response.statusMessage ?? '',
      ok: status >= 200 && status < 300,
      headers: { get: (name) => { const v = received[name.toLowerCase()]; return v === undefined ? null : Array.isArray(v) ? v.join(', ') : v; } },
      body: Buffer.concat(chunks),
    };
  }
};

function send(url: URL, method: string, headers: Record<string, string>, body: string | undefined, signal: AbortSignal | undefined): Promise<IncomingMessage> {
  const request = url.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    const req = request(url, { method, headers, agent: false, ...(signal ? { signal } : {}) }, resolve);
    req.on('error', (error) => reject(Object.assign(new Error(`request to ${url.origin} failed`), { cause: error })));
    req.end(body);
  });
}
