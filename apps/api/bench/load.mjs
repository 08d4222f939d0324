#!/usr/bin/env node
// Load generator, run by run.ts in its own process: node bench/load.mjs <spec.json> <out.json>
// spec.kind = 'http': autocannon against the API with a rotating list of prepared requests
//   (each request of the list is sent once per cycle; `amount` = list length sends each exactly once).
// spec.kind = 'pg': the database floor — the same indexed single-row read issued straight through a pg pool.
import { readFileSync, writeFileSync } from 'node:fs';
import autocannon from 'autocannon';
import pg from 'pg';

const [specPath, outPath] = process.argv.slice(2);
const spec = JSON.parse(readFileSync(specPath, 'utf8'));

function percentile(sorted, p) {
  if (!sorted.length) return null;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

async function http() {
  const list = spec.requests;
  let next = 0;
  const bodies = [];
  const statuses = {};
  // autocannon's own duration counts whole seconds (its ticks): a fixed amount of requests (the ballot rush) is
  // timed here, from the start of the run to its last answer.
  const t0 = performance.now();
  let lastAnswer = t0;
  const result = await autocannon({
    url: spec.url,
    connections: spec.connections,
    ...(spec.amount ? { amount: spec.amount } : { duration: spec.duration }),
    timeout: 30,
    requests: [
      {
        setupRequest: (req) => {
          const r = list[next++ % list.length];
          return {
            ...req,
            method: r.method,
            path: r.path,
            headers: { ...r.headers, ...(r.body ? { 'content-type': 'application/json' } : {}) },
            body: r.body ? JSON.stringify(r.body) : undefined,
          };
        },
        onResponse: (status, body) => {
          lastAnswer = performance.now();
          statuses[status] = (statuses[status] ?? 0) + 1;
          if (spec.keepBodies) bodies.push({ status, body });
          else if (status >= 400 && bodies.length < 5) bodies.push({ status, body: String(body).slice(0, 300) });
        },
      },
    ],
  });
  return {
    rps: result.requests.average,
    total: result.requests.total,
    durationS: result.duration,
    elapsedS: (lastAnswer - t0) / 1000,
    p50: result.latency.p50,
    p99: result.latency.p99,
    max: result.latency.max,
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
    statuses,
    bodies,
  };
}

async function database() {
  const pool = new pg.Pool({ connectionString: spec.dbUrl, max: spec.connections });
  const ids = spec.ids;
  const lat = [];
  let n = 0;
  let errors = 0;
  // warm the pool
  await Promise.all(Array.from({ length: spec.connections }, () => pool.query('SELECT 1')));
  const end = Date.now() + spec.duration * 1000;
  const started = Date.now();
  await Promise.all(
    Array.from({ length: spec.connections }, async () => {
      while (Date.now() < end) {
        const t = process.hrtime.bigint();
        try {
          const r = await pool.query(spec.sql, [ids[n++ % ids.length]]);
          if (r.rowCount !== 1) errors++;
        } catch {
          errors++;
        }
        lat.push(Number(process.hrtime.bigint() - t) / 1e6);
      }
    }),
  );
  const secs = (Date.now() - started) / 1000;
  await pool.end();
  lat.sort((a, b) => a - b);
  return {
    rps: lat.length / secs,
    total: lat.length,
    durationS: secs,
    p50: percentile(lat, 50),
    p99: percentile(lat, 99),
    max: lat[lat.length - 1],
    errors,
    non2xx: 0,
  };
}

const out = spec.kind === 'pg' ? await database() : await http();
writeFileSync(outPath, JSON.stringify(out));
