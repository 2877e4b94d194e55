/** A greeting both apps print the same way. */
export function greet(greeting: string, name: string): string {
  const who = name.trim() === '' ? 'world' : name.trim();
  return `${greeting}, ${who}!`;
}

/** The body of every service's health endpoint. */
export function healthBody(service: string): string {
  return JSON.stringify({ service, status: 'ok' });
}
