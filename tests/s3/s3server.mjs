// A real S3-compatible server for obrestore's tests, bench and demo bucket: s3rver (npm), behind a front that
// recomputes every request's AWS Signature V4 with AWS's own signer (@smithy/signature-v4) and answers 403
// SignatureDoesNotMatch on any difference, so the tests prove that obrestore signs correctly (s3rver itself does
// not check V4 signatures). Requests that pass are forwarded unsigned, Host header kept (s3rver's virtual-hosted
// buckets), to s3rver on another loopback port.
//
//   node s3server.mjs --dir DIR --access-id ID --secret KEY [--region us-east-1] [--port 0]
//                     [--service-endpoint obrestore.test] [--bucket NAME]... [--seed BUCKET/PREFIX=LOCAL_DIR]...
// Prints "listening PORT" once ready. Control endpoints (no signature; tests and bench only):
//   GET /__obrestore/faults?fail=N&status=503&code=SlowDown&reset=N&hang=0|1&latency=MS&deny=0|1
//       the next N requests answer that status, the next N requests have their connection destroyed, every
//       request waits MS ms first, hang=1 accepts requests and never answers, deny=1 answers 403 AccessDenied
//   GET /__obrestore/stats     {"requests", "lists", "gets", "heads", "rejected", "faults"}, then GET …/stats?reset=1
//   GET /__obrestore/seed?bucket=B&prefix=P&dir=LOCAL_DIR   uploads a folder with real PUT requests
//   GET /__obrestore/bucket?name=B                          creates a bucket
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import S3rver from 's3rver';
import { SignatureV4 } from '@smithy/signature-v4';
import { Hash } from '@smithy/hash-node';

function parseArgs(argv) {
  const o = { port: 0, region: 'us-east-1', serviceEndpoint: 'obrestore.test', buckets: [], seeds: [] };
  for (let i = 2; i < argv.length; i += 2) {
    const [k, v] = [argv[i], argv[i + 1]];
    if (v === undefined) throw new Error(`${k} needs a value`);
    if (k === '--dir') o.dir = v;
    else if (k === '--access-id') o.accessId = v;
    else if (k === '--secret') o.secret = v;
    else if (k === '--region') o.region = v;
    else if (k === '--port') o.port = Number(v);
    else if (k === '--service-endpoint') o.serviceEndpoint = v;
    else if (k === '--bucket') o.buckets.push(v);
    else if (k === '--seed') o.seeds.push(v);
    else throw new Error(`unknown option ${k}`);
  }
  if (!o.dir || !o.accessId || o.secret === undefined) throw new Error('--dir, --access-id and --secret are required');
  return o;
}

const opts = parseArgs(process.argv);
const faults = { fail: 0, status: 503, code: 'SlowDown', reset: 0, hang: false, latency: 0, deny: false };
const stats = { requests: 0, lists: 0, gets: 0, heads: 0, rejected: 0, faults: 0 };

// AWS's URI encoding (encodeURIComponent plus !'()*), per path segment.
const awsEscape = (s) => encodeURIComponent(s).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
const canonicalPath = (rawPath) => rawPath.split('/').map((seg) => awsEscape(decodeURIComponent(seg))).join('/');

function xmlError(res, status, code, message) {
  res.writeHead(status, { 'content-type': 'application/xml' });
  res.end(`<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>${code}</Code><Message>${message}</Message></Error>`);
}

const signer = new SignatureV4({
  credentials: { accessKeyId: opts.accessId, secretAccessKey: opts.secret },
  region: opts.region,
  service: 's3',
  sha256: Hash.bind(null, 'sha256'),
  uriEscapePath: false, // S3: the path is canonicalised once, here, from what was sent
  applyChecksum: false,
});

function amzDate(text) {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(text || '');
  return m ? new Date(Date.UTC(+m[1], +m[2] - 1, +m[3], +m[4], +m[5], +m[6])) : null;
}

// Returns null when the request's signature is AWS's, else [status, code, message].
async function verify(req) {
  const auth = req.headers.authorization || '';
  const m = /^AWS4-HMAC-SHA256 Credential=([^/]+)\/(\d{8})\/([^/]+)\/s3\/aws4_request, ?SignedHeaders=([a-z0-9;-]+), ?Signature=([0-9a-f]{64})$/.exec(auth);
  if (!m) return [403, 'AccessDenied', 'Missing or malformed AWS Signature Version 4 Authorization header'];
  const [, id, day, region, signedHeaders, signature] = m;
  if (id !== opts.accessId) return [403, 'InvalidAccessKeyId', 'The AWS Access Key Id you provided does not exist in our records.'];
  if (region !== opts.region) return [400, 'AuthorizationHeaderMalformed', `the region '${region}' is wrong; expecting '${opts.region}'`];
  const date = amzDate(req.headers['x-amz-date']);
  if (!date || !date.toISOString().replace(/-/g, '').startsWith(day)) return [403, 'AccessDenied', 'x-amz-date is missing or does not match the credential scope'];
  if (Math.abs(Date.now() - date.getTime()) > 15 * 60 * 1000) return [403, 'RequestTimeTooSkewed', 'The difference between the request time and the current time is too large.'];
  const url = new URL(req.url, 'http://front');
  const query = {};
  for (const [k, v] of url.searchParams) {
    if (k in query) query[k] = [].concat(query[k], v);
    else query[k] = v;
  }
  const names = signedHeaders.split(';');
  const headers = {};
  for (const n of names) {
    if (req.headers[n] === undefined) return [403, 'AccessDenied', `signed header ${n} is missing`];
    headers[n] = req.headers[n];
  }
  const [hostname, port] = (req.headers.host || '').split(':');
  const signed = await signer.sign(
    { method: req.method, protocol: 'http:', hostname, port: port ? Number(port) : undefined, path: canonicalPath(url.pathname), query, headers },
    { signingDate: date, signableHeaders: new Set(names) },
  );
  const expected = /Signature=([0-9a-f]{64})/.exec(signed.headers.authorization)[1];
  if (expected !== signature) return [403, 'SignatureDoesNotMatch', 'The request signature we calculated does not match the signature you provided. Check your key and signing method.'];
  return null;
}

const s3rver = new S3rver({
  port: 0,
  address: '127.0.0.1',
  silent: !process.env.OBRESTORE_S3_DEBUG,
  directory: opts.dir,
  serviceEndpoint: opts.serviceEndpoint,
  configureBuckets: opts.buckets.map((name) => ({ name })),
});
const { port: backendPort } = await s3rver.run();

function backend(method, urlPath, headers, body) {
  return new Promise((resolve, reject) => {
    const r = http.request({ host: '127.0.0.1', port: backendPort, method, path: urlPath, headers }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode, body: Buffer.concat(chunks) }));
    });
    r.on('error', reject);
    r.end(body);
  });
}

async function seed(bucket, prefix, dir) {
  const files = [];
  const walk = (d) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.isFile()) files.push(p);
    }
  };
  walk(dir);
  let next = 0;
  const worker = async () => {
    while (next < files.length) {
      const file = files[next++];
      const key = [prefix, path.relative(dir, file).split(path.sep).join('/')].filter(Boolean).join('/');
      const r = await backend('PUT', `/${bucket}/${key.split('/').map(awsEscape).join('/')}`, {}, fs.readFileSync(file));
      if (r.status !== 200) throw new Error(`PUT ${key}: HTTP ${r.status} ${r.body}`);
    }
  };
  await Promise.all(Array.from({ length: 16 }, worker));
  return files.length;
}

async function control(req, res, url) {
  const q = url.searchParams;
  const reply = (obj) => {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify(obj));
  };
  try {
    if (url.pathname === '/__obrestore/faults') {
      if (q.has('fail')) faults.fail = Number(q.get('fail'));
      if (q.has('status')) faults.status = Number(q.get('status'));
      if (q.has('code')) faults.code = q.get('code');
      if (q.has('reset')) faults.reset = Number(q.get('reset'));
      if (q.has('hang')) faults.hang = q.get('hang') === '1';
      if (q.has('latency')) faults.latency = Number(q.get('latency'));
      if (q.has('deny')) faults.deny = q.get('deny') === '1';
      return reply(faults);
    }
    if (url.pathname === '/__obrestore/stats') {
      const out = { ...stats };
      if (q.get('reset') === '1') for (const k of Object.keys(stats)) stats[k] = 0;
      return reply(out);
    }
    if (url.pathname === '/__obrestore/bucket') {
      const r = await backend('PUT', `/${q.get('name')}`, {}, '');
      return reply({ status: r.status });
    }
    if (url.pathname === '/__obrestore/seed') return reply({ uploaded: await seed(q.get('bucket'), q.get('prefix') || '', q.get('dir')) });
    xmlError(res, 404, 'NoSuchControl', url.pathname);
  } catch (e) {
    xmlError(res, 500, 'ControlFailed', String(e.message || e));
  }
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

const front = http.createServer(async (req, res) => {
  const url = new URL(req.url, 'http://front');
  if (url.pathname.startsWith('/__obrestore/')) return control(req, res, url);
  stats.requests++;
  if (req.method === 'HEAD') stats.heads++;
  else if (url.searchParams.has('list-type') || url.searchParams.has('delimiter') || url.searchParams.has('prefix')) stats.lists++;
  else stats.gets++;
  if (faults.latency > 0) await sleep(faults.latency);
  if (faults.hang) return; // accepted, never answered
  if (faults.reset > 0) {
    faults.reset--;
    stats.faults++;
    return req.socket.destroy();
  }
  if (faults.fail > 0) {
    faults.fail--;
    stats.faults++;
    return xmlError(res, faults.status, faults.code, 'injected by the test server');
  }
  if (faults.deny) {
    stats.rejected++;
    return xmlError(res, 403, 'AccessDenied', 'Access Denied');
  }
  const problem = await verify(req).catch((e) => [403, 'AccessDenied', String(e.message || e)]);
  if (problem) {
    stats.rejected++;
    return xmlError(res, ...problem);
  }
  const headers = { ...req.headers };
  delete headers.authorization;
  const r = http.request({ host: '127.0.0.1', port: backendPort, method: req.method, path: req.url, headers }, (up) => {
    res.writeHead(up.statusCode, up.headers);
    up.pipe(res);
  });
  r.on('error', (e) => xmlError(res, 502, 'BadGateway', String(e.message)));
  req.pipe(r);
});
front.keepAliveTimeout = 30000;

for (const spec of opts.seeds) {
  const eq = spec.indexOf('=');
  const [bucketPrefix, dir] = [spec.slice(0, eq), spec.slice(eq + 1)];
  const slash = bucketPrefix.indexOf('/');
  const bucket = slash < 0 ? bucketPrefix : bucketPrefix.slice(0, slash);
  await backend('PUT', `/${bucket}`, {}, '');
  await seed(bucket, slash < 0 ? '' : bucketPrefix.slice(slash + 1), dir);
}

front.listen(opts.port, '127.0.0.1', () => {
  process.stdout.write(`listening ${front.address().port}\n`);
});
const stop = () => {
  front.close();
  s3rver.close().finally(() => process.exit(0));
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
// The parent (a test or the wizard) closes our stdin when it goes away: stop with it.
process.stdin.on('end', stop);
process.stdin.resume();
