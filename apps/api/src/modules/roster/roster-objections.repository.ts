import { ErrorCode } from '@gongzhi/domain';
import type { EntityManager } from 'typeorm';
import { AppError } from '../../common/app-error.js';
import { unitLabel } from './roster-diff.js';

/**
 * Refuses to open a vote while an owner's objection to a roster change of a unit in its scope is unanswered: the
 * electorate frozen at opening must not include a disputed row. The refusal names the units (room numbers only).
 * `buildingIds` null means the whole community.
 */
export async function assertNoOpenRosterObjections(
  m: EntityManager,
  communityId: string,
  buildingIds: readonly string[] | null,
): Promise<void> {
  const rows: Array<{ building: string; entrance: string; room: string }> = await m.query(
    `SELECT DISTINCT b.name AS building, u.entrance, u.room FROM roster_objections o
       JOIN units u ON u.id = o.unit_id JOIN buildings b ON b.id = u.building_id
      WHERE o.community_id = $1 AND o.status = 'open' AND ($2::uuid[] IS NULL OR u.building_id = ANY($2::uuid[]))
      ORDER BY 1, 2, 3`,
    [communityId, buildingIds],
  );
  if (!rows.length) return;
  const units = rows.map((r) => unitLabel(r.building, r.entrance, r.room));
  throw new AppError(
    ErrorCode.ROSTER_OBJECTION_OPEN,
    `以下房屋的名册异议尚未答复，表决不能开始：${units.slice(0, 20).join('、')}${units.length > 20 ? ` 等 ${units.length} 套` : ''}`,
    { units },
  );
}
