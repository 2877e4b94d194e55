import { createServer } from 'node:http';
import { readConfig } from '@ws/config';
import { greet, healthBody } from '@ws/shared';

const config = readConfig(process.env, 3000);

function page(name: string): string {
  const text = greet(config.greeting, name).replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
  return `<!doctype html>\n<title>web</title>\n<h1>${text}</h1>\n`;
}

createServer((request, response) => {
  const url = new URL(request.url ?? '/', 'http://localhost');
  if (url.pathname === '/health') response.writeHead(200, { 'content-type': 'application/json' }).end(healthBody('web'));
  else if (url.pathname === '/') response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page(url.searchParams.get('name') ?? ''));
  else response.writeHead(404).end();
}).listen(config.port, () => console.log(`web listening on ${config.port}`));
