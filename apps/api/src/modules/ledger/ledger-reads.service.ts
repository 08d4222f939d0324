import { Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import { AppError } from '../../common/app-error.js';
import { communityOf, type Actor } from '../../common/current-user.js';
import { FilesService } from '../files/files.service.js';
import type { ListEntriesQuery } from './dto/entry.dto.js';
import { LedgerEntryRow } from './entities/ledger-entry.entity.js';
import { LedgerPosting } from './entities/ledger-posting.entity.js';
import { LEDGER_FILE_OWNER } from './ledger.service.js';
import type { StoredFile } from '../files/stored-file.entity.js';
import { COMMITTEE, PROPERTY } from '../../common/access.js';
import { hasRole } from '../../common/current-user.js';

export interface EntryView {
  entry: LedgerEntryRow;
  posting: LedgerPosting | null;
  reversedBy: string | null;
  attachments: StoredFile[];
}

/** Whether the caller may see drafts and the internal workflow (property finance and the committee). */
export const isInsider = (actor: Actor) => hasRole(actor, ...COMMITTEE, ...PROPERTY);

/** Reading entries: the list (insiders see drafts and the workflow), one entry, and an entry's view with files. */
@Injectable()
export class LedgerReadsService {
  constructor(
    private readonly ds: DataSource,
    private readonly files: FilesService,
  ) {}

  // ---------- reading ----------

  async list(actor: Actor, q: ListEntriesQuery): Promise<{ items: EntryView[]; total: number }> {
    const communityId = communityOf(actor);
    const qb = this.ds
      .getRepository(LedgerEntryRow)
      .createQueryBuilder('e')
      .where('e.community_id = :communityId', { communityId });
    if (!isInsider(actor)) qb.andWhere(`e.status = 'posted'`);
    if (q.status) qb.andWhere('e.status = :status', { status: q.status });
    if (q.kind) qb.andWhere('e.kind = :kind', { kind: q.kind });
    if (q.category) qb.andWhere('e.category = :category', { category: q.category });
    if (q.from) qb.andWhere('e.booked_on >= :from', { from: q.from });
    if (q.to) qb.andWhere('e.booked_on <= :to', { to: q.to });
    if (q.mine === '1') qb.andWhere('e.author_id = :me', { me: actor.personId });
    const [rows, total] = await qb
      .orderBy('e.booked_on', 'DESC')
      .addOrderBy('e.created_at', 'DESC')
      .take(q.limit ?? 50)
      .skip(q.offset ?? 0)
      .getManyAndCount();
    return { items: await this.views(communityId, rows, false), total };
  }

  async get(actor: Actor, id: string): Promise<EntryView> {
    const communityId = communityOf(actor);
    if (!/^[0-9a-f-]{36}$/i.test(id)) throw AppError.notFound('账目');
    const e = await this.ds.getRepository(LedgerEntryRow).findOneBy({ id, communityId });
    if (!e || (!isInsider(actor) && e.status !== 'posted')) throw AppError.notFound('账目');
    return (await this.views(communityId, [e], true))[0]!;
  }

  async view(communityId: string, e: LedgerEntryRow): Promise<EntryView> {
    return (await this.views(communityId, [e], true))[0]!;
  }

  private async views(communityId: string, rows: LedgerEntryRow[], withFiles: boolean): Promise<EntryView[]> {
    if (!rows.length) return [];
    const ids = rows.map((r) => r.id);
    const postings = await this.ds.getRepository(LedgerPosting).findBy({ communityId, entryId: In(ids) });
    const reversals = await this.ds
      .getRepository(LedgerEntryRow)
      .findBy({ communityId, reversesEntryId: In(ids), status: 'posted' });
    const byEntry = new Map(postings.map((p) => [p.entryId, p]));
    const reversedBy = new Map(reversals.map((r) => [r.reversesEntryId!, r.id]));
    return Promise.all(
      rows.map(async (entry) => ({
        entry,
        posting: byEntry.get(entry.id) ?? null,
        reversedBy: reversedBy.get(entry.id) ?? null,
        attachments: withFiles ? await this.files.listForOwner(communityId, LEDGER_FILE_OWNER, entry.id) : [],
      })),
    );
  }
}
