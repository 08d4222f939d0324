import { Injectable } from '@nestjs/common';
import { GENESIS_HASH } from '@gongzhi/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { Notice } from './entities/notice.entity.js';

/** One building's households and reads (areas in hundredths of m², as text: bigint). */
export interface BuildingReachRow {
  buildingId: string;
  buildingName: string;
  households: number;
  read: number;
  acknowledged: number;
  areaHundredths: string;
  readAreaHundredths: string;
}

/** A published notice with its current display state (from its events) and the notices citing it. */
export interface NoticeStateRow {
  id: string;
  pinned: boolean;
  displayUntil: Date;
  citedBy: Array<{ id: string; title: string; citeKind: string }>;
}

/**
 * Who makes up a household. General notices: everyone bound to the unit (its owners and approved residents, the
 * identity module's `bound_units`). Owner-addressed notices (meetings, objection windows): its owners only (the
 * roster's ownerships — the designated voter is one of them — and approved owner bindings).
 */
const MEMBERS_ALL = `SELECT bu.unit_id, bu.person_id FROM bound_units bu WHERE bu.community_id = $2`;
const MEMBERS_OWNERS = `SELECT o.unit_id, o.person_id FROM ownerships o WHERE o.community_id = $2
  UNION SELECT rs.unit_id, rs.person_id FROM residencies rs WHERE rs.community_id = $2 AND rs.status = 'approved' AND rs.relation = 'owner'`;

/** The households a notice addresses: the community's units (parking spaces are no household), or those of its buildings. */
const AUDIENCE = `SELECT u.id, u.building_id, u.area_hundredths FROM units u
  WHERE u.community_id = $2 AND u.kind <> 'parking' AND ($3::uuid[] IS NULL OR u.building_id = ANY($3::uuid[]))`;

/** The SQL of the notices module (the only module that reads or writes the notice_* tables). */
@Injectable()
export class NoticesRepository {
  constructor(private readonly ds: DataSource) {}

  /** Serialises appends to one community's notice chain until the transaction ends. */
  async lockChain(m: EntityManager, communityId: string): Promise<void> {
    await m.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 0))`, [`notice-chain:${communityId}`]);
  }

  async chainHead(m: EntityManager, communityId: string): Promise<{ seq: bigint; hash: string }> {
    const rows: Array<{ seq: string; hash: string }> = await m.query(
      `SELECT n.seq::text AS seq, n.hash FROM notices n WHERE n.community_id = $1 ORDER BY n.seq DESC LIMIT 1`,
      [communityId],
    );
    return rows.length ? { seq: BigInt(rows[0]!.seq), hash: rows[0]!.hash } : { seq: 0n, hash: GENESIS_HASH };
  }

  /** How many committee members the community has (the denominator of a committee decision). */
  async committeeSize(m: EntityManager, communityId: string): Promise<number> {
    const [r]: Array<{ n: number }> = await m.query(
      `SELECT count(DISTINCT ra.person_id)::int AS n FROM role_assignments ra
        WHERE ra.community_id = $1 AND ra.role IN ('committee_chair', 'committee_member')`,
      [communityId],
    );
    return r?.n ?? 0;
  }

  async isCommitteeMember(communityId: string, personId: string): Promise<boolean> {
    const [r]: Array<{ ok: boolean }> = await this.ds.query(
      `SELECT EXISTS (SELECT 1 FROM role_assignments ra WHERE ra.community_id = $1 AND ra.person_id = $2
         AND ra.role IN ('committee_chair', 'committee_member')) AS ok`,
      [communityId, personId],
    );
    return !!r?.ok;
  }

  /** Which of `ids` are buildings of the community. */
  async buildingIds(m: EntityManager, communityId: string, ids: string[]): Promise<string[]> {
    const rows: Array<{ id: string }> = await m.query(
      `SELECT b.id FROM buildings b WHERE b.community_id = $1 AND b.id = ANY($2::uuid[])`,
      [communityId, ids],
    );
    return rows.map((r) => r.id);
  }

  async buildingNames(communityId: string, ids: string[]): Promise<string[]> {
    const rows: Array<{ name: string }> = await this.ds.query(
      `SELECT b.name FROM buildings b WHERE b.community_id = $1 AND b.id = ANY($2::uuid[]) ORDER BY b.sort, b.name`,
      [communityId, ids],
    );
    return rows.map((r) => r.name);
  }

  async communityName(communityId: string): Promise<string> {
    const [r]: Array<{ name: string }> = await this.ds.query(`SELECT c.name FROM communities c WHERE c.id = $1`, [
      communityId,
    ]);
    return r?.name ?? '';
  }

  /** Everyone in the addressed households (the inbox recipients of a new notice). */
  async audiencePersons(
    m: EntityManager,
    communityId: string,
    buildingIds: string[] | null,
    ownersOnly: boolean,
  ): Promise<string[]> {
    // $1 is the notice in the other queries of these fragments; there is none yet, so it is passed as NULL.
    const rows: Array<{ person_id: string }> = await m.query(
      `WITH members AS (${ownersOnly ? MEMBERS_OWNERS : MEMBERS_ALL}), aud AS (${AUDIENCE})
       SELECT DISTINCT mb.person_id FROM members mb JOIN aud a ON a.id = mb.unit_id WHERE $1::uuid IS NULL`,
      [null, communityId, buildingIds],
    );
    return rows.map((r) => r.person_id);
  }

  /**
   * The people of the addressed households that have NOT read the notice (or, when `byAck`, not acknowledged it): a
   * household counts as reached as soon as one of its members did, so its other members get no reminder either.
   */
  async unreachedPersons(
    noticeId: string,
    communityId: string,
    buildingIds: string[] | null,
    ownersOnly: boolean,
    byAck: boolean,
  ): Promise<string[]> {
    const rows: Array<{ person_id: string }> = await this.ds.query(
      `WITH members AS (${ownersOnly ? MEMBERS_OWNERS : MEMBERS_ALL}), aud AS (${AUDIENCE}),
        reached AS (SELECT DISTINCT mb.unit_id FROM members mb
          JOIN notice_reads r ON r.notice_id = $1 AND r.person_id = mb.person_id ${byAck ? 'AND r.acknowledged_at IS NOT NULL' : ''})
       SELECT DISTINCT mb.person_id FROM members mb JOIN aud a ON a.id = mb.unit_id
        WHERE NOT EXISTS (SELECT 1 FROM reached x WHERE x.unit_id = mb.unit_id)`,
      [noticeId, communityId, buildingIds],
    );
    return rows.map((r) => r.person_id);
  }

  /** Households, reads and acknowledgements per building of the audience (one aggregate over the roster). */
  async reachByBuilding(
    noticeId: string,
    communityId: string,
    buildingIds: string[] | null,
    ownersOnly: boolean,
  ): Promise<BuildingReachRow[]> {
    return this.ds.query(
      `WITH members AS (${ownersOnly ? MEMBERS_OWNERS : MEMBERS_ALL}), aud AS (${AUDIENCE}),
        hit AS (SELECT mb.unit_id, bool_or(r.acknowledged_at IS NOT NULL) AS ack FROM members mb
          JOIN notice_reads r ON r.notice_id = $1 AND r.person_id = mb.person_id GROUP BY mb.unit_id)
       SELECT b.id AS "buildingId", b.name AS "buildingName", count(*)::int AS households,
              count(h.unit_id)::int AS read, (count(*) FILTER (WHERE h.ack))::int AS acknowledged,
              COALESCE(sum(a.area_hundredths), 0)::text AS "areaHundredths",
              COALESCE(sum(a.area_hundredths) FILTER (WHERE h.unit_id IS NOT NULL), 0)::text AS "readAreaHundredths"
         FROM aud a JOIN buildings b ON b.id = a.building_id LEFT JOIN hit h ON h.unit_id = a.id
        GROUP BY b.id, b.name, b.sort ORDER BY b.sort, b.name`,
      [noticeId, communityId, buildingIds],
    );
  }

  /** Records a read (first read kept); `ack` also records 「我已知晓」 (first time kept). */
  async recordRead(m: EntityManager, noticeId: string, communityId: string, personId: string, ack: boolean) {
    await m.query(
      `INSERT INTO notice_reads (notice_id, person_id, community_id, acknowledged_at)
       VALUES ($1, $2, $3, CASE WHEN $4::boolean THEN now() END)
       ON CONFLICT (notice_id, person_id) DO UPDATE
         SET acknowledged_at = COALESCE(notice_reads.acknowledged_at, EXCLUDED.acknowledged_at)
         WHERE $4::boolean AND notice_reads.acknowledged_at IS NULL`,
      [noticeId, personId, communityId, ack],
    );
  }

  /** The community's chain in order, as stored (for verification): every column the hash covers. */
  chain(communityId: string): Promise<Notice[]> {
    return this.ds.getRepository(Notice).find({ where: { communityId }, order: { seq: 'ASC' } });
  }

  /** Pinned (the last pin/unpin), the display end (the last extension, else the notice's own) and citing notices. */
  async states(communityId: string, ids: string[]): Promise<Map<string, NoticeStateRow>> {
    if (!ids.length) return new Map();
    const rows: NoticeStateRow[] = await this.ds.query(
      `SELECT n.id,
              COALESCE((SELECT e.kind = 'pin' FROM notice_events e WHERE e.notice_id = n.id AND e.kind IN ('pin', 'unpin')
                         ORDER BY e.created_at DESC, e.id DESC LIMIT 1), false) AS pinned,
              GREATEST(n.display_until, (SELECT max(e.display_until) FROM notice_events e
                         WHERE e.notice_id = n.id AND e.kind = 'extend')) AS "displayUntil",
              COALESCE((SELECT json_agg(json_build_object('id', c.id, 'title', c.title, 'citeKind', c.cite_kind) ORDER BY c.seq)
                          FROM notices c WHERE c.cites_notice_id = n.id AND c.community_id = n.community_id), '[]') AS "citedBy"
         FROM notices n WHERE n.community_id = $1 AND n.id = ANY($2::uuid[])`,
      [communityId, ids],
    );
    return new Map(rows.map((r) => [r.id, { ...r, displayUntil: new Date(r.displayUntil) }]));
  }

  /**
   * A page of published notices, current ones first: an emergency still on display on top, then pinned ones,
   * then newest first; notices past their display end (or withdrawn) after them.
   */
  async page(communityId: string, limit: number, offset: number): Promise<{ ids: string[]; total: number }> {
    const rows: Array<{ id: string; total: number }> = await this.ds.query(
      `WITH s AS (
         SELECT n.id, n.type, n.published_at, n.seq,
                GREATEST(n.display_until, (SELECT max(e.display_until) FROM notice_events e WHERE e.notice_id = n.id AND e.kind = 'extend')) AS until,
                COALESCE((SELECT e.kind = 'pin' FROM notice_events e WHERE e.notice_id = n.id AND e.kind IN ('pin', 'unpin')
                           ORDER BY e.created_at DESC, e.id DESC LIMIT 1), false) AS pinned,
                EXISTS (SELECT 1 FROM notices w WHERE w.cites_notice_id = n.id AND w.cite_kind = 'withdrawal') AS withdrawn
           FROM notices n WHERE n.community_id = $1)
       SELECT s.id, count(*) OVER ()::int AS total FROM s
        ORDER BY (s.until > now() AND NOT s.withdrawn) DESC, (s.type = 'emergency' AND s.until > now() AND NOT s.withdrawn) DESC,
                 s.pinned DESC, s.published_at DESC, s.seq DESC
        LIMIT $2 OFFSET $3`,
      [communityId, limit, offset],
    );
    if (rows.length) return { ids: rows.map((r) => r.id), total: rows[0]!.total };
    const [c]: Array<{ n: number }> = await this.ds.query(
      `SELECT count(*)::int AS n FROM notices WHERE community_id = $1`,
      [communityId],
    );
    return { ids: [], total: c?.n ?? 0 };
  }
}
