import { Injectable } from '@nestjs/common';
import type { RoleName } from '../../common/access.js';
import type { EntityManager } from 'typeorm';

const DAY = 86_400_000;

/**
 * The SQL supervision runs against other modules' tables (each listed in CROSS_MODULE_ACCESS): the roster's units for
 * the survey frame and household counts, the derived roles for flags and messages, repair tickets for the on-time
 * figure, and community settings for the city-profile days.
 */
@Injectable()
export class SupervisionRepository {
  /** A city-profile day count from the community's settings (`key`), or the default. */
  async settingDays(m: EntityManager, communityId: string, key: string, fallback: number): Promise<number> {
    const [row]: Array<{ v: unknown }> = await m.query(`SELECT settings->$2 AS v FROM communities WHERE id = $1`, [
      communityId,
      key,
    ]);
    const v = row?.v;
    return typeof v === 'number' && Number.isInteger(v) && v >= 1 && v <= 90 ? v : fallback;
  }

  deadline(now: Date, days: number): Date {
    return new Date(now.getTime() + days * DAY);
  }

  /** Freezes the survey frame: every household (flats and shops), its area, and whether staff or committee live there. */
  async freezeFrame(m: EntityManager, communityId: string, surveyId: string): Promise<number> {
    const rows: Array<{ n: string }> = await m.query(
      `WITH ins AS (
         INSERT INTO supervision_survey_frame (survey_id, unit_id, area_hundredths, flagged)
         SELECT $2, u.id, u.area_hundredths, EXISTS (
                  SELECT 1 FROM bound_units b JOIN community_roles r ON r.person_id = b.person_id AND r.community_id = b.community_id
                   WHERE b.unit_id = u.id AND r.role = ANY($3::text[]))
           FROM units u WHERE u.community_id = $1 AND u.kind <> 'parking'
         RETURNING 1)
       SELECT count(*) AS n FROM ins`,
      [communityId, surveyId, ['committee_member', 'committee_chair', 'property_manager', 'property_staff']],
    );
    return Number(rows[0].n);
  }

  /** Whether the caller owns or is bound to the unit. */
  async isBoundTo(m: EntityManager, personId: string, communityId: string, unitId: string): Promise<boolean> {
    const rows = await m.query(
      `SELECT 1 FROM bound_units WHERE person_id = $1 AND community_id = $2 AND unit_id = $3 LIMIT 1`,
      [personId, communityId, unitId],
    );
    return rows.length > 0;
  }

  /** The caller's units that are in the survey's frame and have not answered yet. */
  unansweredFrameUnits(m: EntityManager, surveyId: string, personId: string, communityId: string) {
    return m.query(
      `SELECT f.unit_id FROM supervision_survey_frame f
         JOIN bound_units b ON b.unit_id = f.unit_id AND b.person_id = $2 AND b.community_id = $3
        WHERE f.survey_id = $1
          AND NOT EXISTS (SELECT 1 FROM supervision_survey_answers a WHERE a.survey_id = $1 AND a.unit_id = f.unit_id)
        ORDER BY f.unit_id`,
      [surveyId, personId, communityId],
    ) as Promise<Array<{ unit_id: string }>>;
  }

  /** Households of the community (flats and shops). */
  async households(m: EntityManager, communityId: string): Promise<number> {
    const [r]: Array<{ n: string }> = await m.query(
      `SELECT count(*) AS n FROM units WHERE community_id = $1 AND kind <> 'parking'`,
      [communityId],
    );
    return Number(r.n);
  }

  /** The monthly fee each building pays under the contract's fees: Σ area × fee per m², in fen; households exclude parking. */
  async feesByBuilding(
    m: EntityManager,
    communityId: string,
    fees: Array<{ unitKind: string; fenPerM2: number }>,
  ): Promise<Array<{ building: string; units: number; monthlyFen: string }>> {
    const rows: Array<{ building: string; units: string; fen: string }> = await m.query(
      `SELECT b.name AS building, count(u.id) FILTER (WHERE u.kind <> 'parking') AS units,
              COALESCE(sum(round(u.area_hundredths * f."fenPerM2" / 100.0)), 0)::bigint AS fen
         FROM buildings b JOIN units u ON u.building_id = b.id
         LEFT JOIN jsonb_to_recordset($2::jsonb) AS f("unitKind" text, "fenPerM2" int) ON f."unitKind" = u.kind
        WHERE b.community_id = $1 GROUP BY b.id, b.name ORDER BY b.name`,
      [communityId, JSON.stringify(fees)],
    );
    return rows.map((r) => ({ building: r.building, units: Number(r.units), monthlyFen: String(r.fen) }));
  }

  /** Repair tickets reported in [from, to) and how many of them were not overdue (the one SQL rule) at `now`. */
  async repairFigures(
    m: EntityManager,
    communityId: string,
    from: Date,
    to: Date,
    now: Date,
  ): Promise<{ tickets: number; onTime: number }> {
    const [r]: Array<{ tickets: string; on_time: string }> = await m.query(
      `SELECT count(*) AS tickets,
              count(*) FILTER (WHERE NOT repair_overdue(t.status, t.created_at, t.responded_at, t.resolved_at,
                                      t.respond_target_minutes, t.resolve_target_minutes, $4)) AS on_time
         FROM repair_tickets t
        WHERE t.community_id = $1 AND t.created_at >= $2 AND t.created_at < $3 AND t.status <> 'cancelled'`,
      [communityId, from, to, now],
    );
    return { tickets: Number(r.tickets), onTime: Number(r.on_time) };
  }

  async repairTicketExists(m: EntityManager, communityId: string, id: string): Promise<boolean> {
    const rows = await m.query(`SELECT 1 FROM repair_tickets WHERE id = $1 AND community_id = $2`, [id, communityId]);
    return rows.length > 0;
  }

  /** People holding one of `roles` in the community (for messages). */
  async peopleWithRole(m: EntityManager, communityId: string, roles: readonly RoleName[]): Promise<string[]> {
    const rows: Array<{ person_id: string }> = await m.query(
      `SELECT DISTINCT person_id FROM community_roles WHERE community_id = $1 AND role = ANY($2::text[])`,
      [communityId, roles],
    );
    return rows.map((r) => r.person_id);
  }

  /** Regulators of the community's district (where a late complaint about the property service goes). */
  async regulatorsOf(m: EntityManager, communityId: string): Promise<string[]> {
    const rows: Array<{ person_id: string }> = await m.query(
      `SELECT DISTINCT ra.person_id FROM role_assignments ra JOIN communities c ON c.district_id = ra.district_id
        WHERE c.id = $1 AND ra.role = 'regulator'`,
      [communityId],
    );
    return rows.map((r) => r.person_id);
  }

  /** The community's district and name, or null when it does not exist. */
  async community(m: EntityManager, id: string): Promise<{ districtId: string; name: string } | null> {
    const [r]: Array<{ district_id: string; name: string }> = await m.query(
      `SELECT district_id, name FROM communities WHERE id = $1`,
      [id],
    );
    return r ? { districtId: r.district_id, name: r.name } : null;
  }

  async communityNames(m: EntityManager, ids: string[]): Promise<Map<string, string>> {
    if (!ids.length) return new Map();
    const rows: Array<{ id: string; name: string }> = await m.query(
      `SELECT id, name FROM communities WHERE id = ANY($1::uuid[])`,
      [ids],
    );
    return new Map(rows.map((r) => [r.id, r.name]));
  }

  /** Names of role holders (officers, inspectors) shown on published records (§10: who did each act). */
  async names(m: EntityManager, ids: Array<string | null>): Promise<Map<string, string>> {
    const list = [...new Set(ids.filter((x): x is string => !!x))];
    if (!list.length) return new Map();
    const rows: Array<{ id: string; name: string }> = await m.query(
      `SELECT id, name FROM persons WHERE id = ANY($1::uuid[])`,
      [list],
    );
    return new Map(rows.map((r) => [r.id, r.name]));
  }
}
