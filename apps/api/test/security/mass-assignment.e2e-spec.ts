import type { OpenAPIObject } from '@nestjs/swagger';
import { ErrorCode } from '@gongzhi/domain';
import { ACCESS_MATRIX, type MatrixRow } from './access-matrix.js';
import { discoverRoutes, routeKey } from './routes.js';
import request from 'supertest';
import { allowed, buildWorld, committedSince, nextXid, PDF, ROSTER_CSV, send, type World } from './world.js';

/** Fields no client may set (ASVS V5.1.2 / OWASP API3): scope, identity, status, money and chain fields. */
export const FORBIDDEN_FIELDS: Record<string, unknown> = {
  communityId: '00000000-0000-4000-8000-000000000001',
  community_id: '00000000-0000-4000-8000-000000000001',
  districtId: '00000000-0000-4000-8000-000000000002',
  role: 'committee_chair',
  roles: ['platform_admin'],
  status: 'posted',
  personId: '00000000-0000-4000-8000-000000000003',
  authorId: '00000000-0000-4000-8000-000000000004',
  reporterId: '00000000-0000-4000-8000-000000000005',
  unitId: '00000000-0000-4000-8000-000000000006',
  voterId: '00000000-0000-4000-8000-000000000007',
  approvedBy: '00000000-0000-4000-8000-000000000008',
  amountFen: '987654321',
  grossFen: '987654321',
  netFen: '987654321',
  seq: '987654321',
  hash: 'f'.repeat(64),
  postedAt: '2020-01-01T00:00:00Z',
  createdAt: '2020-01-01T00:00:00Z',
  id: '00000000-0000-4000-8000-000000000009',
  isAdmin: true,
  tokenVersion: 99,
};

function bodyProperties(doc: OpenAPIObject, row: MatrixRow): Set<string> | null {
  const op = (
    doc.paths[row.path] as
      | Record<
          string,
          { requestBody?: { content?: Record<string, { schema?: { $ref?: string; properties?: object } }> } }
        >
      | undefined
  )?.[row.method.toLowerCase()];
  const content = op?.requestBody?.content;
  if (!content) return null;
  const schema = Object.values(content)[0]?.schema;
  const resolved = schema?.$ref
    ? (doc.components?.schemas?.[schema.$ref.split('/').pop()!] as { properties?: object })
    : schema;
  return new Set(Object.keys(resolved?.properties ?? {}));
}

describe('mass assignment', () => {
  let w: World;
  beforeAll(async () => {
    w = await buildWorld();
  }, 120_000);
  afterAll(async () => w?.close());

  it('refuses every field a write route does not declare (400, nothing written), and routes without a body ignore what is sent', async () => {
    const live = new Set(discoverRoutes(w.t).map(routeKey));
    const writes = ACCESS_MATRIX.filter((r) => r.method !== 'GET' && live.has(routeKey(r)) && !r.refusesAll);
    let probes = 0;
    let withBody = 0;
    let withoutBody = 0;
    const accepted: string[] = [];
    const wrote: string[] = [];
    for (const row of writes) {
      const actor = row.runLast
        ? { key: 'member4', who: { fixture: w.A.fixture, person: 'member4' }, rolesInA: [] }
        : w.actors.find((a) => allowed(row, a))!;
      const declared = bodyProperties(w.t.created.openapi, row);
      const isForm = !!row.upload && [...(declared ?? [])].some((f) => f !== 'file');
      for (const [field, value] of Object.entries(FORBIDDEN_FIELDS)) {
        if (declared?.has(field)) continue;
        probes++;
        const xid = await nextXid(w.db);
        let res;
        if (row.upload) {
          const r = request(w.server)
            .post(row.path)
            .set(await w.headers(actor));
          for (const [k, v] of Object.entries(row.upload!.fields)) r.field(k, v);
          r.field(field, typeof value === 'string' ? value : JSON.stringify(value));
          res = await (row.upload!.file === 'pdf'
            ? r.attach('file', PDF, { filename: 'a.pdf', contentType: 'application/pdf' })
            : r.attach('file', ROSTER_CSV, 'roster.csv'));
        } else {
          res = await send(w, row, w.A, actor, { [field]: value });
        }
        const cell = `${row.method} ${row.path} +${field} as ${actor.key} → ${res.status}`;
        if (isForm || (declared && !row.upload)) {
          withBody++;
          if (res.status !== 400 || res.body?.error?.code !== ErrorCode.VALIDATION_FAILED) accepted.push(cell);
          const changed =
            res.status >= 400 ? await committedSince(w.db, xid) : { committed: 0, tables: [] as string[] };
          if (changed.committed && !changed.tables.every((tb) => row.refusalMayWrite?.tables.includes(tb)))
            wrote.push(`${cell} wrote ${changed.tables.join(', ')}`);
        } else {
          // No body is read at all (approve, submit, a roster file upload, …): the value must not show up in what the call did.
          withoutBody++;
          if (
            res.status < 300 &&
            typeof value === 'string' &&
            value.length > 8 &&
            JSON.stringify(res.body).includes(value)
          )
            accepted.push(`${cell} echoed ${field}`);
        }
      }
    }
    console.log(
      `mass-assignment: writeRoutes=${writes.length} probes=${probes} onDtoRoutes=${withBody} onBodylessRoutes=${withoutBody} accepted=${accepted.length} refusedButWrote=${wrote.length}`,
    );
    expect(accepted).toEqual([]);
    expect(wrote).toEqual([]);
  }, 300_000);
});
