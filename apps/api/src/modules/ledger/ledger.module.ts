import { Module } from '@nestjs/common';
import { FilesModule } from '../files/files.module.js';
import { LedgerController } from './ledger.controller.js';
import { LedgerRemindersService } from './ledger-reminders.service.js';
import { LedgerQuestionsService } from './ledger-questions.service.js';
import { LedgerStatementsService } from './ledger-statements.service.js';
import { LedgerService } from './ledger.service.js';
import { LedgerReadsService } from './ledger-reads.service.js';
import { ResolutionAuthorityRegistry } from './resolution-authority.registry.js';

/** Public-income ledger (公共收益台账): drafts, four-eyes approval, append-only hash-chained postings, statements, questions, publication reminders. */
@Module({
  imports: [FilesModule],
  controllers: [LedgerController],
  providers: [
    LedgerService,
    LedgerReadsService,
    LedgerStatementsService,
    LedgerQuestionsService,
    LedgerRemindersService,
    ResolutionAuthorityRegistry,
  ],
  exports: [ResolutionAuthorityRegistry],
})
export class LedgerModule {}
