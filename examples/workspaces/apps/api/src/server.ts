import { createServer } from 'node:http';
import { readConfig } from '@ws/config';
import { greet, healthBody } from '@ws/shared';

const config = readConfig(process.env, 8080);

createServer((request, response) => {
  const url = new URL(request.url ?? '/', 'http://localhost');
  if (url.pathname === '/health') {
    response.writeHead(200, { 'content-type': 'application/json' }).end(healthBody('api'));
  } else if (url.pathname === '/hello') {
    response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ message: greet(config.greeting, url.searchParams.get('name') ?? '') }));
  } else {
    response.writeHead(404).end();
  }
}).listen(config.port, () => console.log(`api listening on ${config.port}`));
