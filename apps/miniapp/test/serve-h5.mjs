#!/usr/bin/env node
// A tiny static server for dist/h5 (no dependencies). With API_ORIGIN set, /api/* and /healthz are
// forwarded there so the H5 app stays same-origin, as it will be when the API serves the build.
//   API_ORIGIN=http://127.0.0.1:3000 PORT=8080 node test/serve-h5.mjs
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, request as httpRequest } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../dist/h5/', import.meta.url));
const port = Number(process.env.PORT ?? 8080);
const apiOrigin = process.env.API_ORIGIN ? new URL(process.env.API_ORIGIN) : undefined;
const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
};

if (!existsSync(join(root, 'index.html'))) {
  console.error(`serve-h5: ${root}index.html not found — run build:h5 first.`);
  process.exit(1);
}

const server = createServer((req, res) => {
  const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
  if (apiOrigin && (path.startsWith('/api/') || path === '/healthz')) {
    const upstream = httpRequest(
      {
        hostname: apiOrigin.hostname,
        port: apiOrigin.port,
        path: req.url,
        method: req.method,
        headers: { ...req.headers, host: apiOrigin.host },
      },
      (up) => {
        res.writeHead(up.statusCode ?? 502, up.headers);
        up.pipe(res);
      },
    );
    upstream.on('error', () => {
      res.writeHead(502, { 'content-type': 'text/plain; charset=utf-8' });
      res.end('API unreachable');
    });
    req.pipe(upstream);
    return;
  }
  let file = normalize(join(root, path));
  if (!file.startsWith(root) || !existsSync(file) || statSync(file).isDirectory()) file = join(root, 'index.html');
  res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
  createReadStream(file).pipe(res);
});

server.listen(port, '127.0.0.1', () => {
  console.log(
    `serve-h5: http://127.0.0.1:${port}/ (dist/h5${apiOrigin ? `, API → ${apiOrigin.origin}` : ', no API proxy'})`,
  );
});
