import { randomUUID } from 'node:crypto';
import type { Server } from 'node:http';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import request from 'supertest';
import type { RoleName } from '../../src/common/access.js';
import { FieldCipher } from '../../src/common/crypto.js';
import { signAccessToken } from '../../src/modules/identity/tokens.js';
import { makeCommunity, type CommunityFixture } from '../factories.js';
import { startTestApp, type TestApp } from '../harness.js';
import type { MatrixRow, ObjectKind } from './access-matrix.js';

/**
 * The world the security suites run in: community A (the caller's), A2 in the same district, B in another district,
 * each with every role and one object of every kind, created through the API. Tokens are signed with each person's
 * current token version, so sign-out and role changes made by earlier calls never leave an actor silently signed out.
 */
export interface Target {
  name: 'A' | 'A2' | 'B';
  fixture: CommunityFixture;
  objects: Record<ObjectKind, string>;
  /** Objects that could not be created through the API and stand in as unknown ids. */
  missing: ObjectKind[];
  vars: Record<string, string>;
}

export interface ActorDef {
  key: string;
  /** Fixture and person key; null for anonymous. */
  who: { fixture: CommunityFixture; person: string } | null;
  /** Roles this actor holds in community A. */
  rolesInA: RoleName[];
}

export interface World {
  t: TestApp;
  server: Server;
  db: pg.Client;
  A: Target;
  A2: Target;
  B: Target;
  actors: ActorDef[];
  phones: Map<string, string>;
  idNumbers: Map<string, string>;
  /** Ids of communities, people and objects the actor has nothing to do with. */
  foreignTo(actor: ActorDef): Set<string>;
  headers(actor: ActorDef): Promise<Record<string, string>>;
  close(): Promise<void>;
}

export const PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n',
);
export const ROSTER_CSV = Buffer.from(
  ['楼栋,单元,房号,面积(m²),面积来源,业主姓名,手机号,共有人,类型', '9幢,1单元,901,88.5,登记,矩阵业主,,,住宅'].join(
    '\n',
  ),
  'utf8',
);

export async function buildWorld(env: Record<string, string> = {}): Promise<World> {
  const t = await startTestApp({ FILES_DIR: mkdtempSync(path.join(os.tmpdir(), 'gongzhi-sec-')), ...env });
  const server = t.http as unknown as Server;
  if (!server.listening) await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const db = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await db.connect();
  const a = await makeCommunity(t);
  const a2 = await makeCommunity(t, { districtId: a.districtId });
  const b = await makeCommunity(t);
  const cipher = new FieldCipher(t.created.config.dataKey);
  const phones = new Map<string, string>();
  const idNumbers = new Map<string, string>();
  // Give everyone an openid and an ID number, so a leak of either would show in the exposure scan.
  for (const f of [a, a2, b]) {
    for (const [key, id] of Object.entries(f.people)) {
      const idNumber = `33050219${String(70 + (key.length % 20)).padStart(2, '0')}0101${String(Math.floor(Math.random() * 1000)).padStart(3, '0')}X`;
      idNumbers.set(id, idNumber);
      await db.query(`UPDATE persons SET openid = $2, id_number_enc = $3 WHERE id = $1`, [
        id,
        `o${randomUUID().replace(/-/g, '').slice(0, 27)}`,
        cipher.encrypt(idNumber),
      ]);
      const [p] = (await db.query(`SELECT phone_enc FROM persons WHERE id = $1`, [id])).rows;
      if (p.phone_enc) phones.set(id, cipher.decrypt(p.phone_enc));
    }
  }
  const tokenOf = async (personId: string) => {
    const [row] = (await db.query(`SELECT token_version FROM persons WHERE id = $1`, [personId])).rows;
    return signAccessToken(t.created.config.jwtSecret, { sub: personId, tv: row.token_version }, 3600);
  };
  const req = () => request(server);
  const as = async (f: CommunityFixture, who: string) => ({
    Authorization: `Bearer ${await tokenOf(f.people[who]!)}`,
    'X-Community-Id': f.communityId,
  });

  const target = async (name: Target['name'], f: CommunityFixture): Promise<Target> => {
    const objects = {} as Record<ObjectKind, string>;
    const missing: ObjectKind[] = [];
    const vars: Record<string, string> = {
      unitId: f.units[4]!.id,
      staffId: f.people.staff!,
      strangerId: f.people.stranger!,
      owner1Id: f.people.owner1!,
      owner2Id: f.people.owner2!,
      votingOpensAt: new Date(Date.now() + 40 * 86_400_000).toISOString(),
    };
    const take = async (kind: ObjectKind, make: () => Promise<string | undefined>) => {
      try {
        const id = await make();
        if (id) {
          objects[kind] = id;
          return;
        }
      } catch {
        /* fall through */
      }
      objects[kind] = kind === 'receipt' ? 'MATRIX01' : randomUUID();
      missing.push(kind);
    };
    const ok = (r: request.Response) => {
      if (r.status >= 300) throw new Error(`${r.status} ${JSON.stringify(r.body)}`);
      return r.body;
    };
    await take(
      'file',
      async () =>
        ok(
          await req()
            .post('/api/v1/files')
            .set(await as(f, 'member1'))
            .field('purpose', 'ballot_scan')
            .attach('file', PDF, { filename: 'scan.pdf', contentType: 'application/pdf' }),
        ).id,
    );
    vars.fileId = objects.file;
    const draft = async () =>
      ok(
        await req()
          .post('/api/v1/ledger/entries')
          .set(await as(f, 'manager'))
          .send({ kind: 'income', category: 'advertising', grossAmountYuan: '300.00', counterparty: '矩阵传媒' }),
      ).id as string;
    await take('ledgerEntry', async () => {
      const id = await draft();
      ok(
        await req()
          .post(`/api/v1/ledger/entries/${id}/submit`)
          .set(await as(f, 'manager')),
      );
      return id;
    });
    let posted: string | undefined;
    try {
      posted = await draft();
      ok(
        await req()
          .post(`/api/v1/ledger/entries/${posted}/submit`)
          .set(await as(f, 'manager')),
      );
      ok(
        await req()
          .post(`/api/v1/ledger/entries/${posted}/approve`)
          .set(await as(f, 'member1')),
      );
    } catch {
      posted = undefined;
    }
    vars.postedEntryId = posted ?? randomUUID();
    await take(
      'noticeDraft',
      async () =>
        ok(
          await req()
            .post('/api/v1/notices')
            .set(await as(f, 'manager'))
            .send({ type: 'general', title: '矩阵草稿', body: '矩阵测试草稿' }),
        ).id,
    );
    await take('notice', async () => {
      const d = ok(
        await req()
          .post('/api/v1/notices')
          .set(await as(f, 'manager'))
          .send({ type: 'general', title: '矩阵通知', body: '矩阵测试通知' }),
      ).id;
      return ok(
        await req()
          .post(`/api/v1/notices/drafts/${d}/publish`)
          .set(await as(f, 'manager')),
      ).id;
    });
    await take(
      'ledgerQuestion',
      async () =>
        ok(
          await req()
            .post('/api/v1/ledger/questions')
            .set(await as(f, 'owner2'))
            .send({ targetType: 'entry', targetRef: posted, body: '这笔收入何时入账？' }),
        ).id,
    );
    const report = async (description: string) =>
      ok(
        await req()
          .post('/api/v1/repairs')
          .set(await as(f, 'owner1'))
          .send({
            areaKind: 'unit',
            unitId: f.units[0]!.id,
            category: 'water',
            description,
            location: '厨房',
            urgency: 'normal',
          }),
      ).id as string;
    await take('repair', () => report('矩阵测试：厨房水管漏水'));
    await take('followUp', async () => {
      const id = await report('矩阵测试：回访');
      ok(
        await req()
          .post(`/api/v1/repairs/${id}/assign`)
          .set(await as(f, 'manager'))
          .send({ assigneeId: f.people.staff }),
      );
      ok(
        await req()
          .post(`/api/v1/repairs/${id}/start`)
          .set(await as(f, 'staff'))
          .send({}),
      );
      ok(
        await req()
          .post(`/api/v1/repairs/${id}/complete`)
          .set(await as(f, 'staff'))
          .send({ note: '已修' }),
      );
      ok(
        await req()
          .post(`/api/v1/repairs/${id}/confirm`)
          .set(await as(f, 'owner1'))
          .send({}),
      );
      ok(
        await req()
          .post(`/api/v1/repairs/${id}/rating`)
          .set(await as(f, 'owner1'))
          .send({ score: 1, comment: '态度不好' }),
      );
      const [row] = (await db.query(`SELECT id FROM repair_follow_ups WHERE ticket_id = $1`, [id])).rows;
      return row?.id;
    });
    await take('message', async () => {
      const [row] = (await db.query(`SELECT id FROM messages WHERE person_id = $1 LIMIT 1`, [f.people.owner1])).rows;
      return row?.id;
    });
    await take('resolution', async () => {
      const body = ok(
        await req()
          .post('/api/v1/resolutions')
          .set(await as(f, 'chair'))
          .send({
            title: '矩阵测试表决',
            items: [{ title: '续聘物业', matterType: 4 }],
            votingOpensAt: vars.votingOpensAt,
          }),
      );
      vars.itemId = body.items?.[0]?.id ?? randomUUID();
      return body.id;
    });
    vars.itemId ??= randomUUID();
    // An election in progress (its draft vote is a second resolution of the community).
    await take(
      'committeeTerm',
      async () =>
        ok(
          await req()
            .post('/api/v1/committee/elections')
            .set(await as(f, 'chair'))
            .send({ seats: 3, candidateIds: [f.people.owner1, f.people.owner2], votingOpensAt: vars.votingOpensAt }),
        ).id,
    );
    await take('objection', async () => undefined);
    await take('receipt', async () => undefined);
    // owner3 is no actor of the matrix: approving their application (as a tenant of 105) changes no actor's roles.
    await take(
      'binding',
      async () =>
        ok(
          await req()
            .post('/api/v1/bindings')
            .set(await as(f, 'owner3'))
            .send({
              building: '1幢',
              entrance: '1单元',
              room: '105',
              name: '业主3',
              phone: '13800001111',
              relation: 'tenant',
            }),
        ).id,
    );
    await take(
      'role',
      async () =>
        (await db.query(`SELECT id FROM role_assignments WHERE person_id = $1`, [f.people.member4])).rows[0]?.id,
    );
    await take(
      'rosterImport',
      async () =>
        ok(
          await req()
            .post('/api/v1/roster/imports')
            .set(await as(f, 'chair'))
            .attach('file', ROSTER_CSV, 'roster.csv'),
        ).id,
    );
    objects.community = f.communityId;
    return { name, fixture: f, objects, missing, vars };
  };
  const A = await target('A', a);
  const A2 = await target('A2', a2);
  const B = await target('B', b);

  const inA = (person: string, roles: RoleName[]): ActorDef => ({
    key: person,
    who: { fixture: a, person },
    rolesInA: roles,
  });
  const actors: ActorDef[] = [
    { key: 'anonymous', who: null, rolesInA: [] },
    inA('owner1', ['owner', 'resident']),
    inA('tenant', ['resident']),
    inA('chair', ['committee_chair']),
    inA('member1', ['committee_member']),
    inA('manager', ['property_manager']),
    inA('staff', ['property_staff']),
    inA('officer', ['neighbourhood_officer']),
    inA('regulator', ['regulator']),
    inA('subofficer', ['subdistrict_officer']),
    inA('stranger', []),
    { key: 'chair@A2', who: { fixture: a2, person: 'chair' }, rolesInA: [] },
    { key: 'owner1@B', who: { fixture: b, person: 'owner1' }, rolesInA: [] },
    { key: 'regulator@B', who: { fixture: b, person: 'regulator' }, rolesInA: [] },
  ];
  const idsOf = (tg: Target) => {
    const f = tg.fixture;
    return [
      f.communityId,
      f.buildingId,
      ...f.units.map((u) => u.id),
      ...Object.values(f.people),
      ...Object.values(tg.objects),
      tg.vars.postedEntryId!,
      tg.vars.itemId!,
    ].filter((id) => /^[0-9a-f-]{36}$/.test(id) && !tg.missing.some((k) => tg.objects[k] === id));
  };
  const foreignCache = new Map<string, Set<string>>();
  const foreignTo = (actor: ActorDef) => {
    const home = [A, A2, B].find((tg) => tg.fixture === (actor.who?.fixture ?? a))!;
    let set = foreignCache.get(actor.key);
    if (!set) {
      set = new Set([A, A2, B].filter((tg) => tg !== home).flatMap(idsOf));
      // A district regulator sees every community of the district by name and id.
      if (actor.who?.person === 'regulator')
        for (const tg of [A, A2, B])
          if (tg.fixture.districtId === actor.who.fixture.districtId) set.delete(tg.fixture.communityId);
      foreignCache.set(actor.key, set);
    }
    return set;
  };
  return {
    t,
    server,
    db,
    A,
    A2,
    B,
    actors,
    phones,
    idNumbers,
    foreignTo,
    headers: async (actor): Promise<Record<string, string>> => {
      if (!actor.who) return {};
      return {
        Authorization: `Bearer ${await tokenOf(actor.who.fixture.people[actor.who.person]!)}`,
        'X-Community-Id': a.communityId,
      };
    },
    close: async () => {
      await db.end();
      await t.close();
    },
  };
}

/** Fills `$name` strings of a sample body with the target community's values. */
export function fill(value: unknown, vars: Record<string, string>): unknown {
  if (typeof value === 'string' && value.startsWith('$')) return vars[value.slice(1)] ?? value;
  if (Array.isArray(value)) return value.map((v) => fill(v, vars));
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, fill(v, vars)]));
  return value;
}

export function usesVars(value: unknown): boolean {
  if (typeof value === 'string') return value.startsWith('$') && !['$votingOpensAt', '$strangerId'].includes(value);
  if (Array.isArray(value)) return value.some(usesVars);
  if (value && typeof value === 'object') return Object.values(value).some(usesVars);
  return false;
}

/**
 * Whether any transaction committed since `fromXid`: every write (and only a write or a row lock) gets a
 * transaction id, so a refused request that left no committed transaction id changed no row.
 */
export async function nextXid(db: pg.Client): Promise<bigint> {
  const [r] = (await db.query(`SELECT pg_snapshot_xmax(pg_current_snapshot())::text AS x`)).rows;
  return BigInt(r.x);
}

export async function committedSince(db: pg.Client, fromXid: bigint): Promise<{ committed: number; tables: string[] }> {
  const to = await nextXid(db);
  if (to === fromXid) return { committed: 0, tables: [] };
  const { rows } = await db.query(
    // A rate-limit count (common/rate-limit.repository.ts) is the one write a refused request makes on purpose, in
    // a transaction of its own that touches rate_limit_counters only: those transactions are not counted.
    `SELECT count(*)::int AS n FROM generate_series($1::bigint, $2::bigint - 1) x
      WHERE pg_xact_status(x::text::xid8) = 'committed'
        AND (x % 4294967296) NOT IN (SELECT xmin::text::bigint FROM rate_limit_counters)`,
    [String(fromXid), String(to)],
  );
  if (!rows[0].n) return { committed: 0, tables: [] };
  // Name the tables holding row versions written by those transactions (32-bit xmin of the range).
  const tables = (await db.query(`SELECT tablename FROM pg_tables WHERE schemaname = 'public'`)).rows.map(
    (r) => r.tablename as string,
  );
  const touched: string[] = [];
  const lo = Number(fromXid % 4294967296n);
  const hi = Number(to % 4294967296n);
  for (const tb of tables) {
    if (tb === 'rate_limit_counters') continue;
    const [c] = (
      await db.query(
        `SELECT count(*)::int AS n FROM "${tb}" WHERE xmin::text::bigint >= $1 AND xmin::text::bigint < $2`,
        [lo, hi],
      )
    ).rows;
    if (c.n) touched.push(tb);
  }
  return { committed: rows[0].n, tables: touched };
}

/** Whether the matrix says this actor may call this route in community A. */
export function allowed(row: MatrixRow, actor: ActorDef): boolean {
  if (row.refusesAll) return false;
  if (row.scope === 'public') return true;
  if (!actor.who) return false;
  const holds = (roles: RoleName[]) => roles.some((r) => actor.rolesInA.includes(r));
  if (row.onlyRoles && !holds(row.onlyRoles)) return false;
  if (row.scope === 'authenticated') return true;
  if (row.scope === 'community') return holds(row.roles);
  if (row.scope === 'district') return actor.who.person === 'regulator'; // each sees their own district only (foreign-id scan)
  return false; // platform routes: none of these actors is a platform administrator
}

/**
 * Whether the actor may make this call on the target's objects: in community A as the table says; a district route
 * that names a community's objects also in every other community of the regulator's own district (A2).
 */
export function allowedOn(row: MatrixRow, actor: ActorDef, target: Target): boolean {
  if (row.scope === 'district' && row.params && actor.who)
    return allowed(row, actor) && actor.who.fixture.districtId === target.fixture.districtId;
  return target.name === 'A' && allowed(row, actor);
}

export async function send(
  w: World,
  row: MatrixRow,
  target: Target,
  actor: ActorDef,
  extra: Record<string, unknown> = {},
): Promise<request.Response> {
  let path = row.path;
  for (const [name, p] of Object.entries(row.params ?? {}))
    path = path.replace(`{${name}}`, encodeURIComponent(typeof p === 'string' ? target.objects[p] : p.literal));
  const headers = await w.headers(actor);
  const r = request(w.server)[row.method.toLowerCase() as 'get'](path).set(headers);
  if (row.query) r.query(row.query);
  if (row.upload) {
    for (const [k, v] of Object.entries(row.upload.fields)) r.field(k, v);
    return row.upload.file === 'pdf'
      ? r.attach('file', PDF, { filename: 'a.pdf', contentType: 'application/pdf' })
      : r.attach('file', ROSTER_CSV, 'roster.csv');
  }
  if (row.body || Object.keys(extra).length)
    return r.send({ ...(fill(row.body ?? {}, target.vars) as object), ...extra });
  return r;
}
