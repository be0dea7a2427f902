// obrestore's Azure Blob test server: Azurite (Microsoft's emulator, which checks every request's Shared Key
// signature) on a free loopback port, behind a front of this file's own that counts requests and fails the next ones
// on request (status and Azure error code). Only Node.js's own modules besides Azurite.
//
//   node azserver.mjs --dir DIR --account NAME --key BASE64
//
// Prints "listening PORT" once both are up; stops when stdin ends. Control requests (no signature):
//   GET /__control/fail?count=N&status=503&code=ServerBusy   the next N requests answer that
//   GET /__control/stats[?reset=1]                           {"requests": n, "lists": n, "gets": n, "puts": n}
//   GET /__control/container?name=C                         creates container C: {"status": 201}
//   GET /__control/seed?container=C&prefix=P&dir=D           uploads every file below D as C/P/<relative path>:
//                                                            {"uploaded": n}
// Uploads are signed here with Node.js's own HMAC (Shared Key), independently of obrestore's signer.
import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';

const args = process.argv.slice(2);
const arg = (name) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : undefined; };
const dir = arg('--dir');
const account = arg('--account');
const key = arg('--key');
if (!dir || !account || !key) {
  console.error('usage: azserver.mjs --dir DIR --account NAME --key BASE64');
  process.exit(2);
}

const require = createRequire(import.meta.url);
const main = path.join(path.dirname(require.resolve('azurite/package.json')), 'dist/src/blob/main.js');
const azurite = spawn(process.execPath, [main, '--blobHost', '127.0.0.1', '--blobPort', '0', '--silent',
                                         '--skipApiVersionCheck', '--loose', '--inMemoryPersistence'],
                      { cwd: dir, env: { ...process.env, AZURITE_ACCOUNTS: `${account}:${key}` }, stdio: ['ignore', 'pipe', 'inherit'] });
const backendPort = await new Promise((resolve, reject) => {
  let out = '';
  azurite.stdout.on('data', (chunk) => {
    out += chunk;
    const m = out.match(/listens on http:\/\/127\.0\.0\.1:(\d+)/);
    if (m) resolve(Number(m[1]));
  });
  azurite.on('exit', (code) => reject(new Error(`Azurite exited (${code}): ${out}`)));
});

// Shared Key (learn.microsoft.com/rest/api/storageservices/authorize-with-shared-key) for the uploads below.
function signedRequest(method, pathname, query, body, extraHeaders) {
  const headers = { 'x-ms-date': new Date().toUTCString(), 'x-ms-version': '2021-08-06', ...extraHeaders };
  const length = body ? String(body.length) : '';
  const msHeaders = Object.keys(headers).filter((h) => h.startsWith('x-ms-')).sort().map((h) => `${h}:${headers[h]}\n`).join('');
  const params = [...new URLSearchParams(query).entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, v]) => `\n${k}:${v}`).join('');
  const toSign = `${method}\n\n\n${length === '0' ? '' : length}\n\n${headers['Content-Type'] || ''}\n\n\n\n\n\n\n${msHeaders}/${account}${pathname}${params}`;
  headers.Authorization = `SharedKey ${account}:${crypto.createHmac('sha256', Buffer.from(key, 'base64')).update(toSign, 'utf8').digest('base64')}`;
  if (body) headers['Content-Length'] = length;
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port: backendPort, method, path: pathname + (query ? `?${query}` : ''), headers }, (res) => {
      let text = '';
      res.on('data', (c) => { text += c; });
      res.on('end', () => resolve({ status: res.statusCode, text }));
    });
    req.on('error', reject);
    if (body) req.write(body);
    req.end();
  });
}

const encodePath = (p) => p.split('/').map(encodeURIComponent).join('/');

async function createContainer(name) {
  const r = await signedRequest('PUT', `/${account}/${encodeURIComponent(name)}`, 'restype=container', null, {});
  return r.status;
}

async function seed(container, prefix, root) {
  const files = [];
  const walk = (d) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.isFile()) files.push(p);
    }
  };
  walk(root);
  let uploaded = 0;
  for (let i = 0; i < files.length; i += 16) {
    await Promise.all(files.slice(i, i + 16).map(async (f) => {
      const rel = path.relative(root, f).split(path.sep).join('/');
      const name = prefix ? `${prefix.replace(/\/+$/, '')}/${rel}` : rel;
      const r = await signedRequest('PUT', `/${account}/${encodeURIComponent(container)}/${encodePath(name)}`, '', fs.readFileSync(f),
                                    { 'x-ms-blob-type': 'BlockBlob' });
      if (r.status !== 201) throw new Error(`PUT ${name}: HTTP ${r.status} ${r.text}`);
      uploaded++;
    }));
  }
  return uploaded;
}

let faults = { count: 0, status: 503, code: 'ServerBusy' };
const stats = { requests: 0, lists: 0, gets: 0, puts: 0 };

const front = http.createServer((req, res) => {
  const url = new URL(req.url, 'http://front');
  if (url.pathname.startsWith('/__control/')) {
    if (url.pathname === '/__control/fail') {
      faults = { count: Number(url.searchParams.get('count') || 1), status: Number(url.searchParams.get('status') || 503),
                 code: url.searchParams.get('code') || 'ServerBusy' };
      res.end(JSON.stringify(faults));
    } else if (url.pathname === '/__control/container') {
      createContainer(url.searchParams.get('name')).then((status) => res.end(JSON.stringify({ status })),
                                                         (e) => { res.statusCode = 500; res.end(JSON.stringify({ error: String(e) })); });
    } else if (url.pathname === '/__control/seed') {
      seed(url.searchParams.get('container'), url.searchParams.get('prefix') || '', url.searchParams.get('dir'))
        .then((n) => res.end(JSON.stringify({ uploaded: n })), (e) => { res.statusCode = 500; res.end(JSON.stringify({ error: String(e) })); });
    } else if (url.pathname === '/__control/stats') {
      res.end(JSON.stringify(stats));
      if (url.searchParams.get('reset')) Object.keys(stats).forEach((k) => { stats[k] = 0; });
    } else {
      res.statusCode = 404;
      res.end('{}');
    }
    return;
  }
  stats.requests++;
  if (req.method === 'GET' && url.searchParams.get('comp') === 'list') stats.lists++;
  else if (req.method === 'GET') stats.gets++;
  else if (req.method === 'PUT') stats.puts++;
  if (faults.count > 0) {
    faults.count--;
    req.resume();
    res.writeHead(faults.status, { 'Content-Type': 'application/xml', 'x-ms-error-code': faults.code });
    res.end(`<?xml version="1.0" encoding="utf-8"?><Error><Code>${faults.code}</Code><Message>injected by the test</Message></Error>`);
    return;
  }
  const upstream = http.request({ host: '127.0.0.1', port: backendPort, method: req.method, path: req.url, headers: req.headers },
                                (answer) => { res.writeHead(answer.statusCode, answer.headers); answer.pipe(res); });
  upstream.on('error', (e) => { res.statusCode = 502; res.end(String(e)); });
  req.pipe(upstream);
});
front.listen(0, '127.0.0.1', () => console.log(`listening ${front.address().port}`));

const stop = () => { azurite.kill(); front.close(); process.exit(0); };
process.stdin.on('end', stop);
process.stdin.on('close', stop);
process.stdin.resume();
process.on('SIGTERM', stop);
