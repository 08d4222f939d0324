import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The status moves a resolution may make, as (from, to) pairs: every transition of
 * `packages/domain/src/votes/lifecycle.ts` that changes the status (src/database/frozen-lifecycle.spec.ts checks that
 * this list is exactly that).
 */
export const RESOLUTION_MOVES_1797000200002: ReadonlyArray<readonly [string, string]> = [
  ['draft', 'approved'],
  ['approved', 'notice'],
  ['notice', 'open'],
  ['notice', 'final'],
  ['open', 'objection'],
  ['objection', 'final'],
];

const pairs = RESOLUTION_MOVES_1797000200002.map(([a, b]) => `('${a}', '${b}')`).join(', ');

/**
 * Nothing mutable overrides what is chained or frozen (issue 15, docs/votes.md "Frozen by the database"), even for
 * the API's own database role:
 * - `resolutions_lifecycle_guard`: the status moves only along the lifecycle (no `final` mid-vote, no way back);
 *   once voting opened, the frozen electorate's settings, fingerprint, totals, opening time, scope and mode never
 *   change, and the closing time moves only once, later, by the extension (which sets `extended`). The ballot guard
 *   and the batch function read status and settings from this row, so these are what they read.
 * - `ballots_window_guard`: a ballot's `cast_at` lies inside the resolution's voting window.
 * - `ledger_entries_posted_guard`: a posted entry's displayed figures (amount, kind, category, booked date,
 *   account, status) never change — the posting chain is what it shows; corrections are reversing entries.
 */
export class FrozenLifecycle1797000200002 implements MigrationInterface {
  name = 'FrozenLifecycle1797000200002';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE FUNCTION resolutions_lifecycle_guard() RETURNS trigger LANGUAGE plpgsql AS $fn$
BEGIN
  IF NEW.id <> OLD.id OR NEW.community_id <> OLD.community_id THEN
    RAISE EXCEPTION 'resolution refused: id and community never change' USING ERRCODE = 'check_violation';
  END IF;
  IF NEW.status <> OLD.status AND (OLD.status, NEW.status) NOT IN (${pairs}) THEN
    RAISE EXCEPTION 'resolution refused: status may not move from % to %', OLD.status, NEW.status USING ERRCODE = 'check_violation';
  END IF;
  IF OLD.status IN ('open', 'objection', 'final') THEN
    IF NEW.vote_settings IS DISTINCT FROM OLD.vote_settings
       OR NEW.electorate_fingerprint IS DISTINCT FROM OLD.electorate_fingerprint
       OR NEW.total_area IS DISTINCT FROM OLD.total_area
       OR NEW.total_heads IS DISTINCT FROM OLD.total_heads
       OR NEW.voting_opens_at IS DISTINCT FROM OLD.voting_opens_at
       OR NEW.scope_kind IS DISTINCT FROM OLD.scope_kind
       OR NEW.scope_building_ids IS DISTINCT FROM OLD.scope_building_ids
       OR NEW.official_mode IS DISTINCT FROM OLD.official_mode
       OR NEW.opened_at IS DISTINCT FROM OLD.opened_at THEN
      RAISE EXCEPTION 'resolution refused: what was frozen when voting opened never changes' USING ERRCODE = 'check_violation';
    END IF;
    IF NEW.voting_closes_at IS DISTINCT FROM OLD.voting_closes_at
       AND NOT (OLD.status = 'open' AND NEW.status = 'open' AND NOT OLD.extended AND NEW.extended
                AND NEW.voting_closes_at > OLD.voting_closes_at) THEN
      RAISE EXCEPTION 'resolution refused: the closing time moves only by the one extension' USING ERRCODE = 'check_violation';
    END IF;
    IF OLD.extended AND NOT NEW.extended THEN
      RAISE EXCEPTION 'resolution refused: an extension is never undone' USING ERRCODE = 'check_violation';
    END IF;
  END IF;
  RETURN NEW;
END
$fn$`);
    await q.query(
      `CREATE TRIGGER resolutions_lifecycle_guard BEFORE UPDATE ON "resolutions" FOR EACH ROW EXECUTE FUNCTION resolutions_lifecycle_guard()`,
    );

    await q.query(`CREATE FUNCTION ballots_window_guard() RETURNS trigger LANGUAGE plpgsql AS $fn$
DECLARE
  w record;
BEGIN
  SELECT voting_opens_at, voting_closes_at INTO w FROM resolutions WHERE id = NEW.resolution_id;
  IF NEW.cast_at < w.voting_opens_at OR NEW.cast_at >= w.voting_closes_at THEN
    RAISE EXCEPTION 'ballot refused: cast_at % is outside the voting window', NEW.cast_at USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END
$fn$`);
    await q.query(
      `CREATE TRIGGER ballots_window_guard BEFORE INSERT ON "ballots" FOR EACH ROW EXECUTE FUNCTION ballots_window_guard()`,
    );

    await q.query(`CREATE FUNCTION ledger_entries_posted_guard() RETURNS trigger LANGUAGE plpgsql AS $fn$
BEGIN
  IF OLD.status = 'posted' AND (
       NEW.status IS DISTINCT FROM OLD.status OR NEW.amount_fen IS DISTINCT FROM OLD.amount_fen
       OR NEW.gross_fen IS DISTINCT FROM OLD.gross_fen OR NEW.kind IS DISTINCT FROM OLD.kind
       OR NEW.category IS DISTINCT FROM OLD.category OR NEW.booked_on IS DISTINCT FROM OLD.booked_on
       OR NEW.account_id IS DISTINCT FROM OLD.account_id OR NEW.community_id IS DISTINCT FROM OLD.community_id) THEN
    RAISE EXCEPTION 'ledger entry refused: a posted entry shows what its posting chained' USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END
$fn$`);
    await q.query(
      `CREATE TRIGGER ledger_entries_posted_guard BEFORE UPDATE ON "ledger_entries" FOR EACH ROW EXECUTE FUNCTION ledger_entries_posted_guard()`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER ledger_entries_posted_guard ON "ledger_entries"`);
    await q.query(`DROP FUNCTION ledger_entries_posted_guard()`);
    await q.query(`DROP TRIGGER ballots_window_guard ON "ballots"`);
    await q.query(`DROP FUNCTION ballots_window_guard()`);
    await q.query(`DROP TRIGGER resolutions_lifecycle_guard ON "resolutions"`);
    await q.query(`DROP FUNCTION resolutions_lifecycle_guard()`);
  }
}
