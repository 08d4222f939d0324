import { crashDrill } from './crash-drill.js';

/**
 * Bounded crash drills for every test run (the full ones: `pnpm --filter @gongzhi/api test:chaos`). CRASH_WRITES and
 * CRASH_FAULTS change the size.
 */
const WRITES = Number(process.env.CRASH_WRITES ?? 100);
const FAULTS = Number(process.env.CRASH_FAULTS ?? 2);

describe('crashes', () => {
  for (const mode of ['api-sigkill', 'pg-immediate'] as const) {
    it(`${mode}: ${WRITES} idempotent writes through ${FAULTS} crashes: every acknowledged write exactly once, nothing half-written, chains verify`, async () => {
      const r = await crashDrill({ mode, writes: WRITES, faults: FAULTS });
      console.log(
        `crash-drill: mode=${r.mode} writes=${r.writes} faults=${r.faults} retried=${r.retried} acknowledged=${r.acknowledged} duplicates=${r.duplicates} missing=${r.missing} halfWritten=${r.halfWritten} ledgerChainOk=${r.ledgerChainOk} ballotChainOk=${r.ballotChainOk}`,
      );
      expect(r).toMatchObject({
        acknowledged: r.writes,
        duplicates: 0,
        missing: 0,
        halfWritten: 0,
        ledgerChainOk: true,
        ballotChainOk: true,
      });
    }, 600_000);
  }
});
