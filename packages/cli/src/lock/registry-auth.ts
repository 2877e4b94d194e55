import type { Credentials } from './docker-credentials.js';
import type { HttpClient } from './http-transport.js';

/**
 * A `WWW-Authenticate` challenge: its scheme (`bearer`, `basic`) and parameters.
 *
 * @example
 * const c: AuthChallenge = { scheme: 'bearer', params: { realm: 'https://auth.example/token', service: 'registry.example' } };
 */
export interface AuthChallenge {
  scheme: string;
  params: Record<string, string>;
}

/**
 * Reads a `WWW-Authenticate` header (one challenge; quoted or bare parameter values).
 *
 * @example
 * parseChallenge('Bearer realm="https://auth.example/token",service="reg",scope="repository:a/b:pull"').params.scope; // 'repository:a/b:pull'
 */
export function parseChallenge(header: string): AuthChallenge {
  const space = header.indexOf(' ');
  const scheme = (space < 0 ? header : header.slice(0, space)).toLowerCase();
  const params: Record<string, string> = {};
  const rest = space < 0 ? '' : header.slice(space + 1);
  for (const m of rest.matchAll(/([A-Za-z_]+)=(?:"((?:[^"\\]|\\.)*)"|([^,\s]*))/g)) params[m[1]!.toLowerCase()] = m[2] !== undefined ? m[2].replace(/\\(.)/g, '$1') : m[3]!;
  return { scheme, params };
}

/**
 * The `Authorization` header that answers a challenge: basic credentials as they are, or a
 * bearer token fetched from the challenge's realm for `repository:<name>:pull` (with the
 * credentials, when there are any; anonymously otherwise; an identity token is exchanged with
 * a POST). Undefined when the challenge cannot
 * be met (basic without credentials, an unknown scheme).
 *
 * @example
 * await authorization(parseChallenge(header), 'library/busybox', undefined, httpGet); // 'Bearer eyJ…'
 */
export async function authorization(challenge: AuthChallenge, repository: string, credentials: Credentials | undefined, http: HttpClient): Promise<string | undefined> {
  const basic = credentials ? `Basic ${Buffer.from(`${credentials.username}:${credentials.secret}`).toString('base64')}` : undefined;
  if (challenge.scheme === 'basic') return basic;
  if (challenge.scheme !== 'bearer' || !challenge.params.realm) return undefined;
  const url = new URL(challenge.params.realm);
  const scope = challenge.params.scope ?? `repository:${repository}:pull`;
  // An identity token (docker login through OAuth; helpers return it as user `<token>`) is
  // exchanged for an access token with a POST, as the token protocol's refresh grant says.
  const response =
    credentials?.username === identityTokenUser
      ? await http(url, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams({ grant_type: 'refresh_token', refresh_token: credentials.secret, service: challenge.params.service ?? '', scope, client_id: 'dockerdsl' }).toString() })
      : await http(withQuery(url, challenge.params.service, scope), { headers: basic ? { authorization: basic } : {} });
  if (!response.ok) {
    const who = credentials ? `the credentials of ${credentials.username || 'the credential helper'}` : 'an anonymous request (docker has no credentials for it: docker login)';
    throw new RegistryError(response.status === 401 || response.status === 403 ? 'auth' : 'request', `the token service ${url.origin} answered ${response.status} to ${who}`);
  }
  let body: { token?: string; access_token?: string };
  try {
    body = JSON.parse(response.body.toString('utf8')) as typeof body;
  } catch {
    throw new RegistryError('request', `the token service ${url.origin} did not answer JSON`);
  }
  const token = body.token ?? body.access_token;
  if (!token) throw new RegistryError('auth', `the token service ${url.origin} gave no token`);
  return `Bearer ${token}`;
}

/** The user name that marks an identity token rather than a password. */
export const identityTokenUser = '<token>';

function withQuery(realm: URL, service: string | undefined, scope: string): URL {
  const url = new URL(realm);
  if (service) url.searchParams.set('service', service);
  url.searchParams.set('scope', scope);
  return url;
}

/**
 * Why a registry request failed: `not-found` (no such repository or tag), `auth` (credentials
 * refused or missing) or `request` (anything else: network, server errors, bad answers).
 *
 * @example
 * throw new RegistryError('not-found', 'no tag 1.36 in library/busybox');
 */
export class RegistryError extends Error {
  override readonly name = 'RegistryError';
  constructor(readonly kind: 'not-found' | 'auth' | 'request', message: string) {
    super(message);
  }
}
