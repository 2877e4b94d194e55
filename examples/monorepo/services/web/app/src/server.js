// The web app: serves the rendered page and /health, and stops cleanly on SIGTERM (it runs as
// PID 1 through an exec-form ENTRYPOINT, so the signal reaches it).
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';

const port = Number(process.env.PORT ?? 3000);
const page = readFileSync(new URL('./index.html', import.meta.url));

const server = createServer((req, res) => {
  if (req.url === '/health') {
    res.writeHead(200, { 'content-type': 'application/json' }).end('{"status":"ok"}');
  } else if (req.url === '/') {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page);
  } else {
    res.writeHead(404).end();
  }
});
server.listen(port, () => console.log(`web listening on :${port}`));
for (const signal of ['SIGTERM', 'SIGINT']) process.on(signal, () => server.close(() => process.exit(0)));
