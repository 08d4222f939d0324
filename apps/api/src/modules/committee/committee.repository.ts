import type { EntityManager } from 'typeorm';

/** The committee module's reads of other modules' tables (listed in CROSS_MODULE_ACCESS) and its own locks. */
export const committeeRepository = {
  /** Serialises committee changes of one community (elections, decisions, filings, confirmations). */
  async lock(m: EntityManager, communityId: string): Promise<void> {
    await m.query(`SELECT pg_advisory_xact_lock(hashtext('committee:' || $1))`, [communityId]);
  },

  async community(m: EntityManager, communityId: string): Promise<{ profile: unknown; households: number }> {
    const [row]: Array<{ profile: unknown; households: number }> = await m.query(
      `SELECT c.settings->'committeeProfile' AS profile,
              (SELECT count(*)::int FROM units u WHERE u.community_id = c.id AND u.kind <> 'parking') AS households
         FROM communities c WHERE c.id = $1`,
      [communityId],
    );
    return row ?? { profile: null, households: 0 };
  },

  /** Of `ids`, the persons who own a unit in the community (roster ownerships). */
  async ownersAmong(m: EntityManager, communityId: string, ids: readonly string[]): Promise<Set<string>> {
    const rows: Array<{ person_id: string }> = await m.query(
      `SELECT DISTINCT person_id FROM ownerships WHERE community_id = $1 AND person_id = ANY($2::uuid[])`,
      [communityId, [...ids]],
    );
    return new Set(rows.map((r) => r.person_id));
  },

  async names(m: EntityManager, ids: readonly string[]): Promise<Map<string, string>> {
    if (!ids.length) return new Map();
    const rows: Array<{ id: string; name: string }> = await m.query(
      `SELECT id, name FROM persons WHERE id = ANY($1::uuid[])`,
      [[...new Set(ids)]],
    );
    return new Map(rows.map((r) => [r.id, r.name]));
  },

  /** Rooms each person owns or is bound to in the community ("3幢1201"), for showing owners by room only. */
  async rooms(m: EntityManager, communityId: string, ids: readonly string[]): Promise<Map<string, string>> {
    if (!ids.length) return new Map();
    const rows: Array<{ person_id: string; rooms: string }> = await m.query(
      `SELECT bu.person_id, string_agg(DISTINCT b.name || u.room, '、') AS rooms
         FROM bound_units bu JOIN units u ON u.id = bu.unit_id JOIN buildings b ON b.id = u.building_id
        WHERE bu.community_id = $1 AND bu.person_id = ANY($2::uuid[]) GROUP BY bu.person_id`,
      [communityId, [...new Set(ids)]],
    );
    return new Map(rows.map((r) => [r.person_id, r.rooms]));
  },

  /** Persons who hold (or held in a committee term) an office in the community: shown by name in the record. */
  async officeHolders(m: EntityManager, communityId: string, ids: readonly string[]): Promise<Set<string>> {
    if (!ids.length) return new Set();
    const rows: Array<{ person_id: string }> = await m.query(
      `SELECT person_id FROM community_roles WHERE community_id = $1 AND person_id = ANY($2::uuid[])
          AND role NOT IN ('owner', 'resident')
       UNION SELECT person_id FROM committee_members WHERE community_id = $1 AND person_id = ANY($2::uuid[])
       UNION SELECT person_id FROM committee_candidates WHERE community_id = $1 AND person_id = ANY($2::uuid[])`,
      [communityId, [...new Set(ids)]],
    );
    return new Set(rows.map((r) => r.person_id));
  },

  /** The roles a person holds in the community (for checking a 物业管理委员会 representative). */
  async rolesOf(m: EntityManager, communityId: string, personId: string): Promise<string[]> {
    const rows: Array<{ role: string }> = await m.query(
      `SELECT role FROM community_roles WHERE community_id = $1 AND person_id = $2`,
      [communityId, personId],
    );
    return rows.map((r) => r.role);
  },

  async resolution(
    m: EntityManager,
    communityId: string,
    id: string,
  ): Promise<{ status: string; title: string; document_file_ids: string[] } | undefined> {
    const [row] = await m.query(
      `SELECT status, title, document_file_ids FROM resolutions WHERE id = $1 AND community_id = $2`,
      [id, communityId],
    );
    return row;
  },
};
