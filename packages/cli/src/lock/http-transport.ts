import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';

const maxRedirects = 5;

/**
 * A `fetch` for the registry client over `node:http`/`node:https` with no connection pool: each
 * request closes its connection, so a short command exits as soon as it is done (the global
 * fetch keeps idle connections open for seconds, and the process waits for them). Follows
 * redirects — registries send blobs from other hosts — without taking `Authorization` along to
 * another origin.
 *
 * @example
 * const client = new RegistryClient({ fetch: closingFetch });
 */
export const closingFetch: typeof fetch = async (input, init = {}) => {
  let url = new URL(input instanceof Request ? input.url : String(input));
  const method = init.method ?? 'GET';
  let headers = Object.fromEntries(new Headers(init.headers).entries());
  for (let hop = 0; ; hop++) {
    const response = await send(url, method, headers, init.signal ?? undefined);
    const location = response.headers.location;
    if (response.statusCode && response.statusCode >= 300 && response.statusCode < 400 && location && hop < maxRedirects) {
      response.resume();
      const next = new URL(location, url);
      if (next.origin !== url.origin) headers = Object.fromEntries(Object.entries(headers).filter(([k]) => k !== 'authorization'));
      url = next;
      continue;
    }
    const chunks: Buffer[] = [];
    for await (const chunk of response) chunks.push(chunk as Buffer);
    const status = response.statusCode ?? 0;
    const body = method === 'HEAD' || status === 204 || status === 304 ? null : Buffer.concat(chunks);
    const responseHeaders = new Headers();
    for (const [key, value] of Object.entries(response.headers)) if (value !== undefined) responseHeaders.set(key, Array.isArray(value) ? value.join(', ') : value);
    return new Response(body, { status, statusText: response.statusMessage ?? '', headers: responseHeaders });
  }
};

function send(url: URL, method: string, headers: Record<string, string>, signal: AbortSignal | undefined): Promise<IncomingMessage> {
  const request = url.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    const req = request(url, { method, headers, agent: false, ...(signal ? { signal } : {}) }, resolve);
    req.on('error', (error) => reject(Object.assign(new TypeError('fetch failed'), { cause: error })));
    req.end();
  });
}
