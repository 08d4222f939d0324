import { Module, type OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { COMMITTEE } from '../../common/access.js';
import { hasRole } from '../../common/current-user.js';
import { FileAccessRegistry } from '../files/file-access.registry.js';
import { FilesModule } from '../files/files.module.js';
import { LedgerModule } from '../ledger/ledger.module.js';
import { ResolutionAuthorityRegistry } from '../ledger/resolution-authority.registry.js';
import { VotesResolutionAuthority } from './resolution-authority.provider.js';
import { JobsService } from '../jobs/jobs.service.js';
import { BallotGroupCommit } from './ballot-group-commit.js';
import { BallotRateLimiter } from './ballot-rate-limiter.js';
import { BallotsService } from './ballots.service.js';
import { PaperBallotsService } from './paper-ballots.service.js';
import { Clock } from './clock.js';
import { ResolutionsService, VOTES_REMIND_JOB } from './resolutions.service.js';
import { ResultsService } from './results.service.js';
import { VotesController } from './votes.controller.js';
import { DesignatedVoterController } from './designated-voter.controller.js';
import { DesignatedVoterService } from './designated-voter.service.js';

export const VOTES_TICK_JOB = 'votes.tick';

/**
 * Owners' votes. Opening, closing and finalizing are time-driven: the `votes.tick` job (every minute) calls
 * openDue / closeDue / finalizeDue with the Clock's now; tests call them directly.
 */
@Module({
  imports: [FilesModule, LedgerModule],
  controllers: [VotesController, DesignatedVoterController],
  providers: [
    DesignatedVoterService,
    Clock,
    ResolutionsService,
    BallotsService,
    PaperBallotsService,
    BallotGroupCommit,
    BallotRateLimiter,
    ResultsService,
    VotesResolutionAuthority,
  ],
  exports: [Clock, ResolutionsService, ResultsService],
})
export class VotesModule implements OnModuleInit {
  constructor(
    private readonly resolutions: ResolutionsService,
    private readonly clock: Clock,
    private readonly jobs: JobsService,
    private readonly fileAccess: FileAccessRegistry,
    private readonly ds: DataSource,
    private readonly ledgerAuthority: ResolutionAuthorityRegistry,
    private readonly votesAuthority: VotesResolutionAuthority,
  ) {}

  async onModuleInit(): Promise<void> {
    // Ledger expenses that need an owners' decision cite a resolution: answer from the votes module's final results.
    this.ledgerAuthority.use(this.votesAuthority);
    // Attachments of a resolution (notice documents, official result notice): anyone in the community once the
    // notice is out; the committee while it is a draft.
    this.fileAccess.register('resolution', async (user, ownerId, communityId) => {
      if (!user.roles.length) return false;
      const [r] = await this.ds.query(`SELECT status FROM resolutions WHERE id = $1 AND community_id = $2`, [
        ownerId,
        communityId,
      ]);
      if (!r) return false;
      return (r.status !== 'draft' && r.status !== 'approved') || hasRole(user, ...COMMITTEE);
    });
    // Ballot scans and written authorisations: the committee only (they show how a named owner voted).
    this.fileAccess.register('ballot', async (user, ownerId, communityId) => {
      if (!hasRole(user, ...COMMITTEE)) return false;
      const [b] = await this.ds.query(`SELECT 1 FROM ballots WHERE id = $1 AND community_id = $2`, [
        ownerId,
        communityId,
      ]);
      return !!b;
    });
    await this.jobs.work(VOTES_TICK_JOB, async () => {
      const now = this.clock.now();
      await this.resolutions.openDue(now);
      await this.resolutions.closeDue(now);
      await this.resolutions.finalizeDue(now);
    });
    await this.jobs.schedule(VOTES_TICK_JOB, '* * * * *');
    await this.jobs.work<{ resolutionId: string }>(VOTES_REMIND_JOB, async ({ resolutionId }) => {
      await this.resolutions.remindNonVoters(resolutionId);
    });
  }
}
