/**
 * District-scale dataset, deterministic from a seed (and the day it runs: dates are relative to `base`).
 * Bulk SQL (INSERT ... SELECT generate_series) for everything without a hash chain; the ballot and ledger chains are
 * computed here with the domain's payload and canonical JSON, hashed with node:crypto's sha256 (asserted equal to
 * the domain's linkHash on a sample) and inserted in batches with unnest().
 *
 * Runs as the database superuser with session_replication_role = replica, so the ballot insert trigger (which
 * refuses ballots unless the resolution is open and the row follows the head) does not fire for historical rows.
 */
import { createHash } from 'node:crypto';
import pg from 'pg';
import {
  DEFAULT_REPAIR_CATEGORIES,
  EXPENSE_CATEGORIES,
  GENESIS_HASH,
  INCOME_CATEGORIES,
  buildElectorate,
  canonicalJson,
  linkHash,
  receiptCode,
  type Ownership as DomainOwnership,
  type Unit as DomainUnit,
} from '@gongzhi/domain';
import { ballotPayload } from '../src/modules/votes/chain.js';
import { postingPayload } from '../src/modules/ledger/ledger-chain.js';
import { FieldCipher } from '../src/common/crypto.js';

export interface Scale {
  communities: number;
  bigUnits: number;
  totalUnits: number;
  ticketsPerUnit: number;
  resolutionsPerCommunity: number;
  ledgerEntries: number;
  bigLedgerEntries: number;
  rushVoters: number;
}

export const FULL: Scale = {
  communities: 300,
  bigUnits: 10_000,
  totalUnits: 150_000,
  ticketsPerUnit: 2,
  resolutionsPerCommunity: 4,
  ledgerEntries: 200_000,
  bigLedgerEntries: 100_000,
  rushVoters: 10_000,
};
export const SMALL: Scale = {
  communities: 15,
  bigUnits: 500,
  totalUnits: 7_500,
  ticketsPerUnit: 2,
  resolutionsPerCommunity: 4,
  ledgerEntries: 10_000,
  bigLedgerEntries: 5_000,
  rushVoters: 500,
};

/** What the scenarios need to find in the generated data. */
export interface Dataset {
  seed: string;
  base: string;
  districtId: string;
  regulatorId: string;
  communities: Array<{ id: string; units: number; managerId: string; chairId: string; ownerIds: string[] }>;
  bigCommunityId: string;
  openResolutionId: string;
  rushResolutionId: string;
  rushItemIds: string[];
  rushVoterIds: string[];
  counts: Record<string, number>;
  ms: Record<string, number>;
}

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');
/** Deterministic uuid from the seed and a label (same as md5(...)::uuid in SQL). */
export const uid = (seed: string, label: string): string => {
  const h = createHash('md5').update(`${seed}:${label}`).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}`;
};
/** Deterministic RFC 4122 version-4-shaped uuid (for ids that DTOs validate with IsUUID). */
export const uid4 = (seed: string, label: string): string => {
  const u = uid(seed, label).split('');
  u[14] = '4';
  u[19] = '89ab'[parseInt(u[19]!, 16) % 4]!;
  return u.join('');
};
/** Deterministic integer in [0, n) from the seed and a label. */
const rnd = (seed: string, label: string, n: number): number =>
  createHash('md5').update(`${seed}#${label}`).digest().readUInt32BE(0) % n;

export async function generate(
  superUrl: string,
  seed: string,
  scale: Scale,
  dataKey: string,
  log: (m: string) => void,
): Promise<Dataset> {
  const pool = new pg.Pool({ connectionString: superUrl, max: 2 });
  pool.on('error', () => {});
  const db = await pool.connect();
  const ms: Record<string, number> = {};
  const step = async (name: string, fn: () => Promise<unknown>) => {
    const t = Date.now();
    await fn();
    ms[name] = Date.now() - t;
    log(`  ${name}: ${ms[name]} ms`);
  };
  try {
    await db.query(`SET session_replication_role = replica`);
    await db.query(`SET synchronous_commit = off`);
    const base = new Date();
    base.setUTCHours(0, 0, 0, 0);
    const baseIso = base.toISOString();
    const q = (sql: string, params: unknown[] = []) => db.query(sql, params);
    const S = seed;

    // ---------------------------------------------------------------- district, communities, units, people
    const C = scale.communities;
    const others = scale.totalUnits - scale.bigUnits;
    const per = Math.floor(others / (C - 1));
    const sizes = Array.from({ length: C }, (_, c) =>
      c === 0 ? scale.bigUnits : per + (c - 1 < others - per * (C - 1) ? 1 : 0),
    );
    const firsts: number[] = [];
    sizes.reduce((acc, n, i) => ((firsts[i] = acc), acc + n), 0);
    const districtId = uid(S, 'district');
    const regulatorId = uid(S, 'regulator');
    const cipher = new FieldCipher(dataKey);
    const phones = Array.from({ length: 500 }, (_, i) =>
      cipher.encrypt(`139${String(10_000_000 + i * 7919).slice(0, 8)}`),
    );

    await step('identity', async () => {
      await q(`INSERT INTO districts (id, name, code) VALUES ($1, '基准测试区', $2)`, [
        districtId,
        `BENCH-${S}`.slice(0, 32),
      ]);
      await q(`CREATE TEMP TABLE bench_cu (c int PRIMARY KEY, n int, first int)`);
      await q(`INSERT INTO bench_cu SELECT * FROM unnest($1::int[], $2::int[], $3::int[])`, [
        sizes.map((_, i) => i),
        sizes,
        firsts,
      ]);
      await q(
        `INSERT INTO communities (id, district_id, name, address, settings, created_at)
               SELECT md5($1 || ':c:' || c)::uuid, $2, '基准小区' || c, '基准路' || c || '号', '{}'::jsonb, $3::timestamptz - interval '6 years' FROM bench_cu`,
        [S, districtId, baseIso],
      );
      await q(
        `CREATE TEMP TABLE bench_u AS SELECT cu.c, g AS gi, g - cu.first AS li FROM bench_cu cu, generate_series(cu.first, cu.first + cu.n - 1) g`,
      );
      await q(
        `INSERT INTO buildings (id, community_id, name, sort)
               SELECT md5($1 || ':b:' || c || ':' || b)::uuid, md5($1 || ':c:' || c)::uuid, (b + 1) || '号楼', b
                 FROM (SELECT DISTINCT c, li / 96 AS b FROM bench_u) x`,
        [S],
      );
      await q(
        `INSERT INTO units (id, community_id, building_id, entrance, room, kind, area_hundredths, area_source)
               SELECT md5($1 || ':u:' || gi)::uuid, md5($1 || ':c:' || c)::uuid, md5($1 || ':b:' || c || ':' || (li / 96))::uuid, '',
                      (((li % 96) / 4 + 1) * 100 + li % 4 + 1)::text, 'flat', 6000 + abs(hashtextextended('area' || gi, 0)) % 10000, 'registered'
                 FROM bench_u`,
        [S],
      );
      await q(
        `INSERT INTO persons (id, name, phone_enc)
               SELECT md5($1 || ':p:' || gi)::uuid, '业主' || gi, ($2::text[])[1 + gi % 500] FROM bench_u`,
        [S, phones],
      );
      await q(
        `INSERT INTO ownerships (community_id, unit_id, person_id)
               SELECT md5($1 || ':c:' || c)::uuid, md5($1 || ':u:' || gi)::uuid, md5($1 || ':p:' || gi)::uuid FROM bench_u`,
        [S],
      );
      // Ten people per community: manager, three staff, chair, four members, neighbourhood officer.
      await q(
        `INSERT INTO persons (id, name, phone_enc)
               SELECT md5($1 || ':s:' || c || ':' || k)::uuid, '员工' || c || '-' || k, ($2::text[])[1 + (c + k) % 500] FROM bench_cu, generate_series(0, 9) k`,
        [S, phones],
      );
      await q(
        `INSERT INTO role_assignments (person_id, role, community_id)
               SELECT md5($1 || ':s:' || c || ':' || k)::uuid,
                      (ARRAY['property_manager','property_staff','property_staff','property_staff','committee_chair','committee_member','committee_member','committee_member','committee_member','neighbourhood_officer'])[k + 1],
                      md5($1 || ':c:' || c)::uuid
                 FROM bench_cu, generate_series(0, 9) k`,
        [S],
      );
      await q(`INSERT INTO persons (id, name) VALUES ($1, '区住建监管')`, [regulatorId]);
      await q(`INSERT INTO role_assignments (person_id, role, district_id) VALUES ($1, 'regulator', $2)`, [
        regulatorId,
        districtId,
      ]);
    });

    // ---------------------------------------------------------------- repairs: tickets and their timelines
    const cats = DEFAULT_REPAIR_CATEGORIES.map((c) => c.code);
    const catNames = DEFAULT_REPAIR_CATEGORIES.map((c) => c.name);
    await step('repair tickets', async () => {
      await q(
        `CREATE TEMP TABLE bench_t AS
               SELECT u.c, u.gi, u.li, k, u.gi * $1::int + k AS ti,
                      abs(hashtextextended('t' || (u.gi * $1::int + k), 1)) AS h,
                      $2::timestamptz - (abs(hashtextextended('age' || (u.gi * $1::int + k), 2)) % (730 * 1440)) * interval '1 minute' AS created
                 FROM bench_u u, generate_series(0, $1::int - 1) k`,
        [scale.ticketsPerUnit, baseIso],
      );
      await q(
        `INSERT INTO repair_tickets (id, community_id, reporter_id, area_kind, unit_id, category_code, category_name, urgency, description, location,
                 status, assignee_id, respond_target_minutes, resolve_target_minutes, responded_at, resolved_at, closed_at, reopen_count,
                 rating, rated_at, created_at, updated_at)
               SELECT md5($1 || ':t:' || ti)::uuid, md5($1 || ':c:' || c)::uuid, md5($1 || ':p:' || gi)::uuid,
                      CASE WHEN h % 5 = 0 THEN 'common' ELSE 'unit' END,
                      CASE WHEN h % 5 = 0 THEN NULL ELSE md5($1 || ':u:' || gi)::uuid END,
                      ($2::text[])[1 + h % array_length($2::text[], 1)], ($3::text[])[1 + h % array_length($2::text[], 1)],
                      CASE WHEN h % 10 = 1 THEN 'urgent' ELSE 'normal' END,
                      '基准数据：' || ($3::text[])[1 + h % array_length($2::text[], 1)] || '问题，请尽快处理', CASE WHEN h % 5 = 0 THEN '公共区域' ELSE '户内' END,
                      st, CASE WHEN st IN ('submitted','cancelled') THEN NULL ELSE md5($1 || ':s:' || c || ':' || (1 + h % 3))::uuid END,
                      CASE WHEN h % 10 = 1 THEN 30 ELSE 1440 END, CASE WHEN h % 10 = 1 THEN 1440 ELSE 4320 END,
                      CASE WHEN st IN ('submitted','cancelled') THEN NULL ELSE created + (5 + h % 1500) * interval '1 minute' END,
                      CASE WHEN st IN ('done','confirmed','closed_unconfirmed','closed_not_fixed') THEN created + (60 + h % 5000) * interval '1 minute' END,
                      CASE WHEN st IN ('confirmed','closed_unconfirmed','closed_not_fixed','cancelled') THEN created + (200 + h % 9000) * interval '1 minute' END,
                      CASE WHEN h % 23 = 0 THEN 1 ELSE 0 END,
                      CASE WHEN st = 'confirmed' AND h % 5 < 3 THEN 1 + (h / 7) % 5 END,
                      CASE WHEN st = 'confirmed' AND h % 5 < 3 THEN created + (200 + h % 9000) * interval '1 minute' END,
                      created, created
                 FROM (SELECT *, CASE WHEN created > $4::timestamptz - interval '14 days'
                                   THEN (ARRAY['submitted','assigned','in_progress','done'])[1 + (h / 11) % 4]
                                   ELSE (ARRAY['confirmed','confirmed','confirmed','confirmed','confirmed','confirmed','confirmed','closed_unconfirmed','closed_not_fixed','cancelled'])[1 + (h / 11) % 10]
                                 END AS st FROM bench_t) t`,
        [S, cats, catNames, baseIso],
      );
    });
    await step('repair events', async () => {
      await q(`INSERT INTO repair_events (community_id, ticket_id, actor_id, actor_role, action, from_status, to_status, created_at)
               SELECT t.community_id, t.id, CASE WHEN e.role = 'reporter' THEN t.reporter_id ELSE t.assignee_id END, e.role, e.action, e.from_s, e.to_s,
                      t.created_at + e.n * interval '1 minute'
                 FROM repair_tickets t
                 CROSS JOIN LATERAL (VALUES
                   (0, 'reporter', 'submit', NULL, 'submitted', true),
                   (1, 'manager', 'assign', 'submitted', 'assigned', t.status NOT IN ('submitted','cancelled')),
                   (2, 'staff', 'start', 'assigned', 'in_progress', t.status NOT IN ('submitted','assigned','cancelled')),
                   (3, 'staff', 'complete', 'in_progress', 'done', t.status IN ('done','confirmed','closed_unconfirmed')),
                   (4, 'reporter', 'confirm', 'done', 'confirmed', t.status = 'confirmed'),
                   (4, 'reporter', 'cancel', 'submitted', 'cancelled', t.status = 'cancelled')
                 ) AS e(n, role, action, from_s, to_s, keep)
                WHERE e.keep
                ORDER BY t.created_at, e.n`);
    });

    // ---------------------------------------------------------------- votes: resolutions, frozen electorates, ballots
    const R = scale.resolutionsPerCommunity;
    await step('resolutions + electorates', async () => {
      // r = 0..R-2 final (closed in the past), r = R-1 open now (opened 2 days ago, closes in 12 days).
      await q(
        `CREATE TEMP TABLE bench_r AS
               SELECT c, r, md5($1 || ':r:' || c || ':' || r)::uuid AS id, md5($1 || ':c:' || c)::uuid AS community_id,
                      CASE WHEN r = $2::int - 1 THEN $3::timestamptz - interval '2 days' ELSE $3::timestamptz - (($2::int - r) * 120) * interval '1 day' END AS opens
                 FROM bench_cu, generate_series(0, $2::int - 1) r`,
        [S, R, baseIso],
      );
      await q(
        `INSERT INTO resolutions (id, community_id, title, explanation, status, revision, scope_kind, voting_opens_at, voting_days, voting_closes_at,
                 notice_published_at, approved_at, opened_at, closed_at, objection_ends_at, finalized_at, vote_settings, electorate_fingerprint,
                 created_by, created_at)
               SELECT id, community_id, '基准表决 ' || (r + 1), '基准数据', CASE WHEN r = $2::int - 1 THEN 'open' ELSE 'final' END, 1, 'community',
                      opens, 14, opens + interval '14 days', opens - interval '15 days', opens - interval '16 days', opens,
                      CASE WHEN r < $2::int - 1 THEN opens + interval '14 days' END, CASE WHEN r < $2::int - 1 THEN opens + interval '21 days' END,
                      CASE WHEN r < $2::int - 1 THEN opens + interval '21 days' END,
                      '{"parkingCounts":false,"invalidCountsAsParticipation":false,"followMajority":false,"allowBallotChange":false}'::jsonb,
                      encode(sha256(('electorate:' || id)::bytea), 'hex'), md5($1 || ':s:' || c || ':4')::uuid, opens - interval '20 days'
                 FROM bench_r`,
        [S, R],
      );
      await q(`INSERT INTO resolution_items (resolution_id, position, title, description, matter_type)
               SELECT id, p, (ARRAY['续聘物业服务企业','使用维修资金维修电梯'])[p], '', (ARRAY[4, 6])[p] FROM bench_r, generate_series(1, 2) p`);
      await q(`INSERT INTO electorate_voters (resolution_id, voter_key, kind, cast_by, unit_ids, area_hundredths)
               SELECT r.id, 'owner:' || o.person_id, 'owner', o.person_id, ARRAY[o.unit_id], u.area_hundredths
                 FROM bench_r r JOIN ownerships o ON o.community_id = r.community_id JOIN units u ON u.id = o.unit_id`);
      await q(`INSERT INTO electorate_units (resolution_id, unit_id, building_id, building_name, room, area_hundredths, area_source, voter_key)
               SELECT r.id, u.id, u.building_id, b.name, u.entrance || u.room, u.area_hundredths, u.area_source, 'owner:' || o.person_id
                 FROM bench_r r JOIN units u ON u.community_id = r.community_id JOIN buildings b ON b.id = u.building_id JOIN ownerships o ON o.unit_id = u.id`);
      await q(`UPDATE resolutions r SET total_area = x.a, total_heads = x.h
                 FROM (SELECT resolution_id, sum(area_hundredths) AS a, count(*) AS h FROM electorate_voters GROUP BY 1) x WHERE x.resolution_id = r.id`);
    });

    let ballotCount = 0;
    let sampleChecked = 0;
    await step('ballots (hash chains)', async () => {
      const res = (
        await q(
          `SELECT r.id, r.c, r.r, r.opens, array_agg(i.id ORDER BY i.position) AS items FROM bench_r r JOIN resolution_items i ON i.resolution_id = r.id GROUP BY 1, 2, 3, 4 ORDER BY r.c, r.r`,
        )
      ).rows as Array<{ id: string; c: number; r: number; opens: Date; items: string[] }>;
      const votersOf = new Map<number, string[]>();
      for (const row of (
        await q(`SELECT c, array_agg(md5($1 || ':p:' || gi)::uuid::text ORDER BY gi) AS p FROM bench_u GROUP BY c`, [S])
      ).rows as Array<{ c: number; p: string[] }>) {
        votersOf.set(row.c, row.p);
      }
      const choicesList = ['yes', 'yes', 'yes', 'no', 'abstain'] as const;
      let batch: Array<unknown[]> = [];
      const flush = async () => {
        if (!batch.length) return;
        const cols = batch[0]!.map((_, i) => batch.map((b) => b[i]));
        await q(
          `INSERT INTO ballots (resolution_id, community_id, seq, voter_key, voter_seq, channel, choices, spoilt, entered_by, cast_at, prev_hash, hash, receipt)
                 SELECT r, c, s, vk, 1, 'online', ch::jsonb, false, e, ca, ph, h, rc
                   FROM unnest($1::uuid[], $2::uuid[], $3::int[], $4::text[], $5::text[], $6::uuid[], $7::timestamptz[], $8::text[], $9::text[], $10::text[])
                     AS x(r, c, s, vk, ch, e, ca, ph, h, rc)`,
          cols,
        );
        ballotCount += batch.length;
        batch = [];
      };
      for (const r of res) {
        const open = r.r === R - 1;
        const people = votersOf.get(r.c)!;
        const turnoutPct = open ? 30 : 55;
        const voters = people
          .filter((p) => rnd(S, `turnout:${r.id}:${p}`, 100) < turnoutPct)
          .sort((a, b) => rnd(S, `o:${a}`, 1e9) - rnd(S, `o:${b}`, 1e9));
        const communityId = uid(S, `c:${r.c}`);
        let prev = GENESIS_HASH;
        const span = (open ? 2 : 14) * 86_400_000 - 60_000;
        voters.forEach((personId, i) => {
          const castAt = new Date(new Date(r.opens).getTime() + Math.floor((span * (i + 1)) / (voters.length + 1)));
          const choices: Record<string, 'yes' | 'no' | 'abstain'> = {};
          r.items.forEach(
            (it, k) => (choices[it] = choicesList[rnd(S, `ch:${r.id}:${personId}:${k}`, choicesList.length)]!),
          );
          const payload = ballotPayload({
            resolutionId: r.id,
            seq: i + 1,
            voterKey: `owner:${personId}`,
            voterSeq: 1,
            channel: 'online',
            choices,
            spoilt: false,
            castAt,
            // A version 1 chain (as votes open before salts): generated with the insert trigger off.
            salt: null,
          });
          const hash = sha256(`${prev}\n${canonicalJson(payload)}`);
          if ((ballotCount + batch.length) % 997 === 0) {
            if (linkHash(prev, payload) !== hash)
              throw new Error('node:crypto sha256 differs from the domain linkHash (ballot)');
            sampleChecked++;
          }
          batch.push([
            r.id,
            communityId,
            i + 1,
            `owner:${personId}`,
            JSON.stringify(choices),
            personId,
            castAt,
            prev,
            hash,
            receiptCode(hash),
          ]);
          prev = hash;
        });
        if (batch.length >= 5000) await flush();
      }
      await flush();
    });

    // The rush resolution: the largest community, open now, electorate frozen with the domain's buildElectorate.
    const bigCommunityId = uid(S, 'c:0');
    const rushResolutionId = uid(S, 'rush');
    const rushItemIds = [uid4(S, 'rush:item:1'), uid4(S, 'rush:item:2')];
    let rushVoterIds: string[] = [];
    await step('rush resolution', async () => {
      const units = (
        await q(
          `SELECT u.id, u.building_id, b.name AS building_name, u.entrance, u.room, u.kind, u.area_hundredths::text AS area, u.area_source
                                FROM units u JOIN buildings b ON b.id = u.building_id WHERE u.community_id = $1`,
          [bigCommunityId],
        )
      ).rows;
      const owners = (await q(`SELECT unit_id, person_id FROM ownerships WHERE community_id = $1`, [bigCommunityId]))
        .rows as Array<{ unit_id: string; person_id: string }>;
      const settings = {
        parkingCounts: false,
        invalidCountsAsParticipation: false,
        followMajority: false,
        allowBallotChange: false,
      };
      const domainUnits: DomainUnit[] = units.map((u) => ({
        id: u.id,
        buildingId: u.building_id,
        kind: u.kind,
        registeredAreaHundredths: BigInt(u.area),
      }));
      const domainOwners: DomainOwnership[] = owners.map((o) => ({
        unitId: o.unit_id,
        ownerId: o.person_id,
        isDeveloper: false,
      }));
      const e = buildElectorate(domainUnits, domainOwners, { kind: 'community' }, settings);
      const opens = new Date(Date.now() - 3_600_000);
      await q(
        `INSERT INTO resolutions (id, community_id, title, explanation, status, revision, scope_kind, voting_opens_at, voting_days, voting_closes_at,
                 notice_published_at, approved_at, opened_at, vote_settings, electorate_fingerprint, total_area, total_heads, created_by, created_at)
               VALUES ($1, $2, '投票高峰测试：是否同意更换电梯', '基准数据', 'open', 1, 'community', $3, 14, $3::timestamptz + interval '14 days',
                       $3::timestamptz - interval '15 days', $3::timestamptz - interval '16 days', $3, $4::jsonb, $5, $6, $7, $8, $3::timestamptz - interval '20 days')`,
        [
          rushResolutionId,
          bigCommunityId,
          opens,
          JSON.stringify(settings),
          e.fingerprint,
          e.totalArea.toString(),
          Number(e.totalHeads),
          uid(S, 's:0:4'),
        ],
      );
      await q(
        `INSERT INTO resolution_items (id, resolution_id, position, title, description, matter_type) VALUES ($1, $3, 1, '更换 3 号楼电梯', '', 6), ($2, $3, 2, '续聘物业服务企业', '', 4)`,
        [rushItemIds[0], rushItemIds[1], rushResolutionId],
      );
      const byId = new Map(units.map((u) => [u.id as string, u]));
      const voterOfUnit = new Map<string, string>();
      for (const v of e.voters) for (const u of v.unitIds) voterOfUnit.set(u, v.voterId);
      await q(
        `INSERT INTO electorate_voters (resolution_id, voter_key, kind, cast_by, unit_ids, area_hundredths)
               SELECT $1, k, kind, cb, string_to_array(us, ',')::uuid[], a FROM unnest($2::text[], $3::text[], $4::uuid[], $5::text[], $6::bigint[]) AS x(k, kind, cb, us, a)`,
        [
          rushResolutionId,
          e.voters.map((v) => v.voterId),
          e.voters.map((v) => v.kind),
          e.voters.map((v) => v.castBy),
          e.voters.map((v) => v.unitIds.join(',')),
          e.voters.map((v) => v.areaHundredths.toString()),
        ],
      );
      await q(
        `INSERT INTO electorate_units (resolution_id, unit_id, building_id, building_name, room, area_hundredths, area_source, voter_key)
               SELECT $1, u, b, bn, r, a, s, k FROM unnest($2::uuid[], $3::uuid[], $4::text[], $5::text[], $6::bigint[], $7::text[], $8::text[]) AS x(u, b, bn, r, a, s, k)`,
        [
          rushResolutionId,
          e.units.map((x) => x.unitId),
          e.units.map((x) => x.buildingId),
          e.units.map((x) => byId.get(x.unitId)!.building_name),
          e.units.map((x) => `${byId.get(x.unitId)!.entrance}${byId.get(x.unitId)!.room}`),
          e.units.map((x) => x.areaHundredths.toString()),
          e.units.map((x) => x.areaSource),
          e.units.map((x) => voterOfUnit.get(x.unitId)!),
        ],
      );
      rushVoterIds = e.voters
        .map((v) => v.castBy)
        .filter((x): x is string => !!x)
        .slice(0, scale.rushVoters);
    });

    // ---------------------------------------------------------------- ledger: posted entries with a valid chain per community
    let postingCount = 0;
    await step('ledger (hash chains)', async () => {
      const otherEach = Math.floor((scale.ledgerEntries - scale.bigLedgerEntries) / (C - 1));
      const startDay = Date.UTC(2021, 0, 1);
      const endDay = base.getTime() - 86_400_000;
      let batch: Array<unknown[]> = [];
      const flush = async () => {
        if (!batch.length) return;
        const cols = batch[0]!.map((_, i) => batch.map((b) => b[i]));
        await q(
          `INSERT INTO ledger_entries (id, community_id, account_id, kind, category, status, amount_fen, counterparty, purpose, booked_on,
                   author_id, submitted_at, decided_by, decided_at, created_at, updated_at)
                 SELECT id, c, a, k, cat, 'posted', amt, cp, pu, bo, au, pa, ap, pa, pa, pa
                   FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::text[], $5::text[], $6::bigint[], $7::text[], $8::text[], $9::date[], $10::uuid[], $11::uuid[], $12::timestamptz[])
                     AS x(id, c, a, k, cat, amt, cp, pu, bo, au, ap, pa)`,
          [0, 1, 2, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((i) => cols[i]),
        );
        await q(
          `INSERT INTO ledger_postings (id, community_id, account_id, seq, entry_id, kind, category, amount_fen, booked_on, details, author_id, approver_id, posted_at, prev_hash, hash)
                 SELECT pid, c, a, s, id, k, cat, amt, bo, d::jsonb, au, ap, pa, ph, h
                   FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::bigint[], $5::text[], $6::text[], $7::bigint[], $8::date[], $9::uuid[], $10::uuid[], $11::timestamptz[],
                               $12::uuid[], $13::text[], $14::text[], $15::text[])
                     AS x(id, c, a, s, k, cat, amt, bo, au, ap, pa, pid, d, ph, h)`,
          [0, 1, 2, 3, 4, 5, 6, 9, 10, 11, 12, 13, 14, 15, 16].map((i) => cols[i]),
        );
        postingCount += batch.length;
        batch = [];
      };
      for (let c = 0; c < C; c++) {
        const communityId = uid(S, `c:${c}`);
        const accountId = uid(S, `acct:${c}`);
        await q(`INSERT INTO ledger_accounts (id, community_id, kind) VALUES ($1, $2, 'public_income')`, [
          accountId,
          communityId,
        ]);
        const n = c === 0 ? scale.bigLedgerEntries : otherEach;
        const author = uid(S, `s:${c}:0`);
        const approver = uid(S, `s:${c}:4`);
        let prev = GENESIS_HASH;
        for (let i = 0; i < n; i++) {
          const day = startDay + Math.floor(((endDay - startDay) / 86_400_000) * (i / n)) * 86_400_000;
          const bookedOn = new Date(day).toISOString().slice(0, 10);
          const postedAt = new Date(day + 10 * 3_600_000 + (i % 3_600) * 1000);
          const income = rnd(S, `k:${c}:${i}`, 10) < 6;
          const category = income
            ? INCOME_CATEGORIES[rnd(S, `cat:${c}:${i}`, INCOME_CATEGORIES.length)]!
            : EXPENSE_CATEGORIES[rnd(S, `cat:${c}:${i}`, EXPENSE_CATEGORIES.length)]!;
          const amount = String(
            income ? 10_000 + rnd(S, `a:${c}:${i}`, 500_000) : 5_000 + rnd(S, `a:${c}:${i}`, 300_000),
          );
          const entryId = uid(S, `le:${c}:${i}`);
          const details = {
            grossFen: null,
            costs: [],
            counterparty: income ? '广告公司' : '维修公司',
            contractRef: '',
            coveredFrom: null,
            coveredTo: null,
            purpose: income ? '' : '公共设施维修',
            resolutionId: null,
            reversalReason: null,
            attachmentFileIds: [],
          };
          const posting = {
            communityId,
            accountId,
            seq: String(i + 1),
            entryId,
            kind: (income ? 'income' : 'expense') as 'income' | 'expense',
            category,
            amountFen: amount,
            bookedOn,
            reversesPostingId: null,
            details,
            authorId: author,
            approverId: approver,
            postedAt,
          };
          const payload = postingPayload(posting);
          const hash = sha256(`${prev}\n${canonicalJson(payload)}`);
          if (i % 997 === 0) {
            if (linkHash(prev, payload) !== hash)
              throw new Error('node:crypto sha256 differs from the domain linkHash (ledger)');
            sampleChecked++;
          }
          batch.push([
            entryId,
            communityId,
            accountId,
            String(i + 1),
            posting.kind,
            category,
            amount,
            details.counterparty,
            details.purpose,
            bookedOn,
            author,
            approver,
            postedAt,
            uid(S, `lp:${c}:${i}`),
            JSON.stringify(details),
            prev,
            hash,
          ]);
          prev = hash;
          if (batch.length >= 5000) await flush();
        }
      }
      await flush();
    });
    log(`  hash samples checked against the domain linkHash: ${sampleChecked}`);

    await step('vacuum analyze', async () => {
      await q(`RESET session_replication_role`);
      await q(`VACUUM ANALYZE`);
    });

    const counts: Record<string, number> = {};
    for (const t of [
      'communities',
      'units',
      'persons',
      'repair_tickets',
      'repair_events',
      'resolutions',
      'electorate_voters',
      'ballots',
      'ledger_entries',
      'ledger_postings',
    ]) {
      counts[t] = Number((await q(`SELECT count(*) AS n FROM ${t}`)).rows[0].n);
    }
    const communities = (await q(`SELECT c, n FROM bench_cu ORDER BY c`)).rows.map((r: { c: number; n: number }) => ({
      id: uid(S, `c:${r.c}`),
      units: r.n,
      managerId: uid(S, `s:${r.c}:0`),
      chairId: uid(S, `s:${r.c}:4`),
      ownerIds: Array.from({ length: Math.min(r.n, 50) }, (_, k) =>
        uid(S, `p:${firsts[r.c]! + Math.floor((k * r.n) / Math.min(r.n, 50))}`),
      ),
    }));
    void ballotCount;
    void postingCount;
    return {
      seed: S,
      base: baseIso,
      districtId,
      regulatorId,
      communities,
      bigCommunityId,
      openResolutionId: uid(S, `r:0:${R - 1}`),
      rushResolutionId,
      rushItemIds,
      rushVoterIds,
      counts,
      ms,
    };
  } finally {
    db.release();
    await pool.end();
  }
}
