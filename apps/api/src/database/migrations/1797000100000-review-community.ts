import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The WeChat review path (docs/weapp-review.md): `communities.review` marks a community of synthetic data that a
 * 审核 reviewer may enter straight away (POST /api/v1/bindings/review). It is fixed at creation — a trigger refuses
 * switching it on (or off) for an existing community, so no real community can ever be opened to strangers — and
 * the district figures leave such communities out. Seeds one: 审核演示小区, in its own district, with a building of
 * flats and no people (each reviewer joins as a resident of 1幢 1单元 101; nothing personal is needed).
 */
export class ReviewCommunity1797000100000 implements MigrationInterface {
  name = 'ReviewCommunity1797000100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "communities" ADD "review" boolean NOT NULL DEFAULT false`);
    await q.query(`CREATE FUNCTION communities_review_fixed() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.review IS DISTINCT FROM OLD.review THEN
          RAISE EXCEPTION 'communities.review is fixed when the community is created' USING ERRCODE = 'check_violation';
        END IF;
        RETURN NEW;
      END $$`);
    await q.query(
      `CREATE TRIGGER communities_review_fixed BEFORE UPDATE OF review ON communities FOR EACH ROW EXECUTE FUNCTION communities_review_fixed()`,
    );
    const [district]: Array<{ id: string }> = await q.query(
      `INSERT INTO districts (name, code) VALUES ('审核演示（非真实数据）', 'REVIEW-DEMO') ON CONFLICT (code) DO UPDATE SET name = EXCLUDED.name RETURNING id`,
    );
    const [community]: Array<{ id: string }> = await q.query(
      `INSERT INTO communities (district_id, name, address, settings, review)
       VALUES ($1, '审核演示小区', '演示市演示区演示路 1 号（非真实地址）', '{}', true) RETURNING id`,
      [district.id],
    );
    const [building]: Array<{ id: string }> = await q.query(
      `INSERT INTO buildings (community_id, name, sort) VALUES ($1, '1幢', 1) RETURNING id`,
      [community.id],
    );
    await q.query(
      `INSERT INTO units (community_id, building_id, entrance, room, kind, area_hundredths, area_source)
       SELECT $1, $2, '1单元', f || '0' || r, 'flat', 8000 + f * 100 + r, 'registered'
       FROM generate_series(1, 3) f, generate_series(1, 2) r`,
      [community.id, building.id],
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER communities_review_fixed ON communities`);
    await q.query(`DROP FUNCTION communities_review_fixed()`);
    await q.query(`ALTER TABLE "communities" DROP COLUMN "review"`);
  }
}
