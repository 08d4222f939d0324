import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

/** What the ledger needs to know about an owners' resolution (业主大会决议). */
export interface ResolutionStatus {
  /** True only for a resolution whose final result is "passed". */
  passed: boolean;
  /** Title as published, for the Chinese messages. */
  title: string;
}

/**
 * The ledger's view of the votes module: it asks whether a resolution of this community has passed. The votes
 * module (src/modules/votes, being written separately) implements it and registers it at start-up with
 * `ResolutionAuthorityRegistry.use(...)`. Until one is registered no resolution is known, so expenses that need
 * one are refused.
 */
export interface ResolutionAuthority {
  /** null when the community has no resolution with this id. Runs inside the caller's transaction. */
  find(manager: EntityManager, communityId: string, resolutionId: string): Promise<ResolutionStatus | null>;
}

const NONE: ResolutionAuthority = { find: async () => null };

@Injectable()
export class ResolutionAuthorityRegistry {
  private authority: ResolutionAuthority = NONE;

  use(authority: ResolutionAuthority): void {
    this.authority = authority;
  }

  find(manager: EntityManager, communityId: string, resolutionId: string): Promise<ResolutionStatus | null> {
    return this.authority.find(manager, communityId, resolutionId);
  }
}
