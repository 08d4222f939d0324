import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { ResolutionAuthority, ResolutionStatus } from '../ledger/resolution-authority.registry.js';
import { ResultsService } from './results.service.js';

/**
 * The votes module's answer to the ledger's question "has this resolution passed?": only a resolution whose result
 * is final (objection period over, every objection answered) and on which every agenda item passed authorises spending.
 * A preliminary result does not, since objections may still change it.
 */
@Injectable()
export class VotesResolutionAuthority implements ResolutionAuthority {
  constructor(private readonly results: ResultsService) {}

  async find(manager: EntityManager, communityId: string, resolutionId: string): Promise<ResolutionStatus | null> {
    const [row]: Array<{ title: string; status: string }> = await manager.query(
      `SELECT title, status FROM resolutions WHERE id = $1 AND community_id = $2`,
      [resolutionId, communityId],
    );
    if (!row) return null;
    if (row.status !== 'final') return { passed: false, title: row.title };
    const view = await this.results.result(communityId, resolutionId);
    return { passed: view.items.length > 0 && view.items.every((i) => i.decision.passed), title: row.title };
  }
}
