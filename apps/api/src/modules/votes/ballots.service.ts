import { Injectable } from '@nestjs/common';
import {
  ErrorCode,
  GENESIS_HASH,
  normalizeReceiptCode,
  receiptCode,
  verifyChain,
  type ChainEntry,
} from '@gongzhi/domain';
import { randomUUID } from 'node:crypto';
import { DataSource, type EntityManager } from 'typeorm';
import { IdempotencyService } from '../../common/idempotency.js';
import { AppError } from '../../common/app-error.js';
import type { Actor } from '../../common/current-user.js';
import { nodeSha256 } from '../../common/sha256.js';
import { AuditService } from '../audit/audit.service.js';
import { FilesService } from '../files/files.service.js';
import { BallotGroupCommit, ballotRoute, type CastAnswer } from './ballot-group-commit.js';
import { ballotPayload, headSalted, link, saltFor, type BallotPayload } from './chain.js';
import { Clock } from './clock.js';
import type { ChoiceInput, CastBallotDto, PaperBallotDto } from './dto/resolution.dto.js';
import { Ballot, type BallotChannel, type BallotChoice } from './entities/ballot.entity.js';
import { ResolutionItem } from './entities/resolution-item.entity.js';
import type { Resolution } from './entities/resolution.entity.js';
import { castsHead, refusalOf, REMINDER_RECIPIENTS } from './heads.repository.js';
import { alreadyCast, channelLabel, chinaTime, findResolution, notOpenNow } from './votes.common.js';
import { isId } from '../../common/ids.js';
import { COUNTS, SET_ASIDE } from './ballot-standing.js';
import { InboxService } from '../inbox/inbox.service.js';

export interface CastReceipt {
  ballotId: string;
  receipt: string;
  channel: BallotChannel;
  castAt: Date;
  seq: number;
}

export type ChainReport =
  | { ok: true; length: number; head: string }
  | { ok: false; length: number; brokenAt: { seq: number; receipt: string; ballotId: string }; reason: string };

/** What casting needs of the resolution. */
type OpenResolution = Pick<
  Resolution,
  'id' | 'communityId' | 'status' | 'votingOpensAt' | 'votingClosesAt' | 'voteSettings'
>;

/** The same name, ignoring spaces (a witness must be someone else than the member entering the ballot). */
export const sameName = (a: string | null | undefined, b: string | null | undefined): boolean =>
  !!a && !!b && a.replace(/\s/g, '') === b.replace(/\s/g, '');

const bad = (field: string, message: string) =>
  new AppError(ErrorCode.VALIDATION_FAILED, `提交的内容有误：${message}`, { fields: [{ field, messages: [message] }] });

/**
 * Casting ballots. Online ballots: every check that needs no lock first (`castOnline`), then the resolution's group
 * commit appends them in batches, one transaction per batch under the chain lock (ballot-group-commit.ts). Paper and
 * proxy ballots (a committee member typing a stack): one transaction each — the resolution FOR SHARE, checks, then
 * the chain lock (`pg_advisory_xact_lock`, the same lock the batches take) for head → hash → insert. The UNIQUE
 * (resolution, seq) and (resolution, voter, voter_seq) constraints and the insert trigger (status, no change, follows
 * the head) remain the backstop. docs/votes.md.
 */
@Injectable()
export class BallotsService {
  constructor(
    private readonly ds: DataSource,
    private readonly audit: AuditService,
    private readonly files: FilesService,
    private readonly clock: Clock,
    private readonly idempotency: IdempotencyService,
    private readonly groupCommit: BallotGroupCommit,
    private readonly inbox: InboxService,
  ) {}

  /**
   * An owner casts online. Every check that needs no chain lock runs here, in one autocommit query and no
   * transaction: a stored answer for the Idempotency-Key (a retry), the resolution open and in its window, the caller's
   * voters in the frozen electorate, the items (frozen since approval), and the voter's first ballot as a fast
   * refusal. The ballot then joins its resolution's group commit (ballot-group-commit.ts), which re-checks what can
   * have changed meanwhile (status and window, the voter's ballots, the key) under the chain lock.
   */
  async castOnline(
    actor: Actor,
    communityId: string,
    id: string,
    dto: CastBallotDto,
    key: string | null,
  ): Promise<CastAnswer> {
    if (dto.confirm !== true) throw bad('confirm', '请确认选票内容后再提交（confirm 须为 true）');
    if (!isId(id)) throw AppError.notFound('表决');
    const requestHash = this.idempotency.hashOf(dto);
    const [row]: Array<{
      stored: { requestHash: string; response: CastAnswer | null } | null;
      id: string | null;
      status: Resolution['status'];
      voting_opens_at: Date;
      voting_closes_at: Date;
      vote_settings: Resolution['voteSettings'];
      voters: Array<{ id: string; voterKey: string }>;
      item_ids: string[];
      earliest: Array<{ voterKey: string; channel: BallotChannel; castAt: string }>;
    }> = await this.ds.query(
      `SELECT (SELECT json_build_object('requestHash', k.request_hash, 'response', k.response)
                 FROM idempotency_keys k WHERE k.actor_id = $3 AND k.route = $4 AND k.key = $5) AS stored,
         r.id, r.status, r.voting_opens_at, r.voting_closes_at, r.vote_settings,
         COALESCE((SELECT json_agg(json_build_object('id', v.id, 'voterKey', v.voter_key) ORDER BY v.voter_key)
                     FROM electorate_voters v WHERE v.resolution_id = r.id AND ${castsHead('v.cast_by', '$3')}), '[]'::json) AS voters,
         ARRAY(SELECT i.id FROM resolution_items i WHERE i.resolution_id = r.id) AS item_ids,
         COALESCE((SELECT json_agg(json_build_object('voterKey', b.voter_key, 'channel', b.channel, 'castAt', b.cast_at))
                     FROM electorate_voters v JOIN ballots b ON b.resolution_id = v.resolution_id AND b.voter_key = v.voter_key
                    WHERE v.resolution_id = r.id AND ${castsHead('v.cast_by', '$3')} AND NOT ${SET_ASIDE('b')}
                      AND b.voter_seq = (SELECT min(x.voter_seq) FROM ballots x WHERE x.resolution_id = b.resolution_id
                                            AND x.voter_key = b.voter_key AND NOT ${SET_ASIDE('x')})), '[]'::json) AS earliest
       FROM (SELECT 1) one LEFT JOIN resolutions r ON r.id = $1 AND r.community_id = $2`,
      [id, communityId, actor.personId, ballotRoute(id), key],
    );
    // A retry of an answered request gets the first answer (even after the vote closed).
    if (row!.stored?.response)
      return this.idempotency.replay(
        { requestHash: row!.stored.requestHash, response: row!.stored.response },
        requestHash,
      );
    if (row!.id === null) throw AppError.notFound('表决');
    const closed = notOpenNow(
      {
        status: row!.status,
        votingOpensAt: new Date(row!.voting_opens_at),
        votingClosesAt: new Date(row!.voting_closes_at),
      },
      this.clock.now(),
    );
    if (closed) throw closed;
    const voters = row!.voters;
    if (voters.length === 0) {
      // Not in the electorate, not the designated co-owner, or not yet verified as the owner — said plainly.
      const refusal = await refusalOf(this.ds, id, communityId, actor.personId);
      if (!refusal) throw AppError.forbidden('您不是该小区的成员，请先绑定房屋或切换小区');
      throw new AppError(refusal.code, refusal.message);
    }
    let voter = voters[0]!;
    if (dto.voterId) {
      const chosen = voters.find((v) => v.id === dto.voterId);
      if (!chosen) throw new AppError(ErrorCode.VOTE_NOT_IN_ELECTORATE, '您不能代表所选投票人投票');
      voter = chosen;
    } else if (voters.length > 1) {
      throw bad('voterId', '您同时代表多个投票人，请选择本次代表哪一位投票');
    }
    const choices = this.choicesOf(row!.item_ids, dto.choices, false);
    if (row!.vote_settings?.allowBallotChange !== true) {
      const first = row!.earliest.find((e) => e.voterKey === voter.voterKey);
      if (first) throw alreadyCast(first.channel, new Date(first.castAt));
    }
    return this.groupCommit.submit(id, communityId, {
      actorId: actor.personId,
      voterKey: voter.voterKey,
      choices,
      key,
      requestHash,
    });
  }

  /** A committee member enters a paper ballot (also assisted voting) or a written-proxy ballot, with its documents. */
  async castPaper(actor: Actor, communityId: string, id: string, dto: PaperBallotDto): Promise<CastReceipt> {
    if (dto.confirm !== true) throw bad('confirm', '请核对纸质表决票后确认录入（confirm 须为 true）');
    if (dto.channel === 'proxy' && (!dto.proxyName || !dto.proxyDocumentFileId)) {
      throw bad('proxyDocumentFileId', '委托投票须填写受托人姓名并上传书面委托书');
    }
    if (dto.channel === 'paper' && (dto.proxyName || dto.proxyDocumentFileId)) {
      throw bad('channel', '有委托书的选票请选择“书面委托”');
    }
    return this.ds.transaction(async (m) => {
      const r = await this.openForBallots(m, communityId, id);
      const [unit]: Array<{ voter_key: string; building_name: string; room: string; enterer: string | null }> =
        await m.query(
          `SELECT u.voter_key, u.building_name, u.room, (SELECT p.name FROM persons p WHERE p.id = $3) AS enterer
             FROM electorate_units u WHERE u.resolution_id = $1 AND u.unit_id = $2`,
          [r.id, dto.unitId, actor.personId],
        );
      if (!unit) throw new AppError(ErrorCode.VOTE_NOT_IN_ELECTORATE, '该房屋不在本次表决的业主名册内，请核对房号');
      if (sameName(unit.enterer, dto.witnessName)) {
        throw bad('witnessName', '见证人不能是录入选票的委员本人，请填写在场见证的其他人');
      }
      const spoilt = dto.spoilt === true;
      const choices = await this.checkChoices(m, r, dto.choices, spoilt);
      const ballotId = randomUUID();
      const [scan] = await this.files.attach(m, communityId, [dto.scanFileId], 'ballot', ballotId, actor.personId, {
        purposes: ['ballot_scan'],
      });
      const [reused] = await m.query(
        `SELECT 1 FROM paper_ballot_reviews WHERE resolution_id = $1 AND kind = 'entered' AND scan_sha256 = $2`,
        [r.id, scan!.sha256],
      );
      if (reused) {
        throw new AppError(ErrorCode.CONFLICT, '这份扫描件已用于本次表决的另一张选票，每张选票须上传它自己的扫描件', {
          field: 'scanFileId',
        });
      }
      if (dto.proxyDocumentFileId) {
        await this.files.attach(m, communityId, [dto.proxyDocumentFileId], 'ballot', ballotId, actor.personId, {
          purposes: ['proxy_document'],
        });
      }
      await this.refuseRecast(m, r, unit.voter_key);
      const b = await this.append(m, r, unit.voter_key, {
        id: ballotId,
        channel: dto.channel,
        choices,
        spoilt,
        enteredBy: actor.personId,
        witnessName: dto.witnessName,
        scanFileId: dto.scanFileId,
        proxyName: dto.proxyName ?? null,
        proxyDocumentFileId: dto.proxyDocumentFileId ?? null,
      });
      await m.query(
        `INSERT INTO paper_ballot_reviews (community_id, resolution_id, ballot_id, kind, actor_id, scan_sha256)
         VALUES ($1, $2, $3, 'entered', $4, $5)`,
        [communityId, r.id, b.ballotId, actor.personId, scan!.sha256],
      );
      // The unit's owner (every account verified as its casting identity) is told, and can check and dispute it.
      const owners: Array<{ person_id: string }> = await m.query(
        `SELECT DISTINCT rcp.person_id FROM (${REMINDER_RECIPIENTS} WHERE v.resolution_id = $1 AND v.voter_key = $2) rcp
          WHERE rcp.person_id IS NOT NULL`,
        [r.id, unit.voter_key],
      );
      await this.inbox.send(m, {
        communityId,
        personIds: owners.map((o) => o.person_id),
        kind: 'vote.paper_recorded',
        title: `业委会为您的房屋录入了一张${dto.channel === 'proxy' ? '委托票' : '纸质票'}`,
        body: `表决“${r.title.slice(0, 40)}”：委员为 ${unit.building_name} ${unit.room} 录入了一张${dto.channel === 'proxy' ? '书面委托票' : '纸质表决票'}，经另一名委员核对扫描件后计入。请在小程序该表决的“我的选票”中核对内容；如不是您本人所投，请在投票截止前提出异议，异议后该票不计入，您可以自己投票。`,
      });
      await this.audit.record(
        {
          communityId,
          actorId: actor.personId,
          action: 'vote.paper_ballot_entered',
          targetType: 'resolution',
          targetId: r.id,
          details: { channel: dto.channel, seq: b.seq, spoilt, ballotId },
        },
        m,
      );
      return b;
    });
  }

  /**
   * Reads the resolution FOR SHARE (ballots of one resolution proceed together; closing, extending or editing it —
   * FOR UPDATE — waits for them, and they for it) and checks that voting is open now.
   */
  private async openForBallots(m: EntityManager, communityId: string, id: string): Promise<Resolution> {
    const r = await findResolution(m, communityId, id, 'share');
    this.assertOpen(r);
    return r;
  }

  /** Voting is open now: status open and inside the voting window. */
  private assertOpen(r: OpenResolution): void {
    const closed = notOpenNow(r, this.clock.now());
    if (closed) throw closed;
  }

  /** A valid ballot answers every item exactly once; a spoilt paper ballot may leave them empty. */
  private async checkChoices(
    m: EntityManager,
    r: OpenResolution,
    input: ChoiceInput[],
    spoilt: boolean,
  ): Promise<Record<string, BallotChoice>> {
    const items = await m.getRepository(ResolutionItem).find({ where: { resolutionId: r.id }, select: { id: true } });
    return this.choicesOf(
      items.map((i) => i.id),
      input,
      spoilt,
    );
  }

  private choicesOf(itemIds: string[], input: ChoiceInput[], spoilt: boolean): Record<string, BallotChoice> {
    const ids = new Set(itemIds);
    const out: Record<string, BallotChoice> = {};
    for (const c of input) {
      if (!ids.has(c.itemId)) throw bad('choices', '选票包含不在本次议程上的事项');
      if (c.itemId in out) throw bad('choices', '同一事项只能选择一次');
      out[c.itemId] = c.choice;
    }
    if (!spoilt && Object.keys(out).length !== ids.size) throw bad('choices', '请对每个表决事项选择同意、反对或弃权');
    return out;
  }

  /**
   * A paper or proxy ballot never follows the owner's own online ballot (even where changes are allowed), and one
   * ballot per voter unless the community allows changing it — a ballot its owner disputed (set aside) does not
   * count here. Refuses with the time and channel of the first.
   */
  private async refuseRecast(m: EntityManager, r: OpenResolution, voterKey: string): Promise<void> {
    const [earliest]: Array<{ channel: BallotChannel; cast_at: Date; online: boolean }> = await m.query(
      `SELECT b.channel, b.cast_at, EXISTS (SELECT 1 FROM ballots o WHERE o.resolution_id = $1 AND o.voter_key = $2 AND o.channel = 'online') AS online
         FROM ballots b WHERE b.resolution_id = $1 AND b.voter_key = $2 AND NOT ${SET_ASIDE('b')}
        ORDER BY b.voter_seq LIMIT 1`,
      [r.id, voterKey],
    );
    if (!earliest) return;
    if (earliest.online) {
      throw new AppError(
        ErrorCode.VOTE_ALREADY_CAST,
        '该房屋的业主已在线上投票，纸质票或委托票不能代替业主本人的线上投票',
        {
          channel: 'online',
        },
      );
    }
    if (r.voteSettings?.allowBallotChange === true) return;
    throw new AppError(
      ErrorCode.VOTE_ALREADY_CAST,
      `该房屋的投票人已有选票（${channelLabel(earliest.channel)}，${chinaTime(earliest.cast_at)}），每位业主只能投一次，不能再录入`,
      { channel: earliest.channel, castAt: earliest.cast_at.toISOString() },
    );
  }

  private async append(
    m: EntityManager,
    r: OpenResolution,
    voterKey: string,
    b: Pick<Ballot, 'channel' | 'choices' | 'spoilt' | 'enteredBy'> &
      Partial<Pick<Ballot, 'id' | 'witnessName' | 'scanFileId' | 'proxyName' | 'proxyDocumentFileId'>>,
  ): Promise<CastReceipt> {
    // The chain lock (one append per resolution at a time, held until commit) and, in a new snapshot taken after the
    // lock was granted, the head and this voter's latest ballot: one round trip (migration 1763880000011).
    const [head]: Array<{ seq: number | null; hash: string | null; mine: number | null }> = await m.query(
      `SELECT head_seq AS seq, head_hash AS hash, mine FROM ballot_chain_lock_head($1, $2)`,
      [r.id, voterKey],
    );
    // Another ballot of this voter was appended while this one was checked (the same owner on two phones).
    if (head!.mine !== null && (b.channel !== 'online' || r.voteSettings?.allowBallotChange !== true))
      await this.refuseRecast(m, r, voterKey);
    const voterSeq = head!.mine !== null ? Number(head!.mine) + 1 : 1;
    const seq = head!.seq !== null ? Number(head!.seq) + 1 : 1;
    const prevHash: string = head!.hash ?? GENESIS_HASH;
    const castAt = this.clock.now();
    const salt = saltFor({ seq: head!.seq, salted: await headSalted(m, r.id, head!.seq) });
    const payload = ballotPayload({
      resolutionId: r.id,
      seq,
      voterKey,
      voterSeq,
      channel: b.channel,
      choices: b.choices,
      spoilt: b.spoilt,
      castAt,
      salt,
    });
    const { hash, receipt } = link(prevHash, payload);
    const id = b.id ?? randomUUID();
    await m.getRepository(Ballot).insert({
      id,
      resolutionId: r.id,
      communityId: r.communityId,
      seq,
      voterKey,
      voterSeq,
      channel: b.channel,
      choices: b.choices,
      spoilt: b.spoilt,
      enteredBy: b.enteredBy,
      witnessName: b.witnessName ?? null,
      scanFileId: b.scanFileId ?? null,
      proxyName: b.proxyName ?? null,
      proxyDocumentFileId: b.proxyDocumentFileId ?? null,
      castAt,
      prevHash,
      hash,
      receipt,
      salt,
    });
    return { ballotId: id, receipt, channel: b.channel, castAt, seq };
  }

  /** Recomputes the resolution's ballot chain and names the first broken ballot. */
  async verify(communityId: string, id: string): Promise<ChainReport> {
    const r = await findResolution(this.ds.manager, communityId, id);
    const rows: Array<{
      id: string;
      seq: number;
      voter_key: string;
      voter_seq: number;
      channel: BallotChannel;
      choices: Record<string, BallotChoice>;
      spoilt: boolean;
      cast_at: Date;
      prev_hash: string;
      hash: string;
      receipt: string;
      salt: string | null;
    }> = await this.ds.query(
      `SELECT id, seq, voter_key, voter_seq, channel, choices, spoilt, cast_at, prev_hash, hash, receipt, salt FROM ballots WHERE resolution_id = $1 ORDER BY seq`,
      [r.id],
    );
    const entries: ChainEntry<BallotPayload>[] = rows.map((b) => ({
      payload: ballotPayload({
        resolutionId: r.id,
        seq: b.seq,
        voterKey: b.voter_key,
        voterSeq: b.voter_seq,
        channel: b.channel,
        choices: b.choices,
        spoilt: b.spoilt,
        castAt: b.cast_at,
        salt: b.salt,
      }),
      prevHash: b.prev_hash,
      hash: b.hash,
    }));
    const v = verifyChain(entries, { hash: nodeSha256 });
    if (v.ok) {
      // A receipt must also be the code of its own hash (a receipt column edited alone is tampering too).
      const i = rows.findIndex((b) => receiptCode(b.hash) !== b.receipt);
      if (i < 0) return { ok: true, length: v.length, head: v.head };
      return {
        ok: false,
        length: rows.length,
        brokenAt: { seq: rows[i]!.seq, receipt: rows[i]!.receipt, ballotId: rows[i]!.id },
        reason: `第 ${i + 1} 张选票的回执码与其哈希不符（回执被修改）`,
      };
    }
    const b = rows[v.brokenAt]!;
    return {
      ok: false,
      length: rows.length,
      brokenAt: { seq: b.seq, receipt: b.receipt, ballotId: b.id },
      reason: v.reason.replace(/记录/g, '选票'),
    };
  }

  /** Whether a receipt code is in the resolution's chain (an owner checks their ballot was counted). */
  async checkReceipt(
    communityId: string,
    id: string,
    code: string,
  ): Promise<{ found: boolean; receipt: string | null; counted: boolean }> {
    const r = await findResolution(this.ds.manager, communityId, id);
    const normal = normalizeReceiptCode(code);
    if (!normal) throw bad('code', '回执码格式不正确（12 位字母数字，如 7K3M-Q9ZD-W2XA）');
    const [row] = await this.ds.query(
      `SELECT b.id, (SELECT x.id FROM ballots x WHERE x.resolution_id = b.resolution_id AND x.voter_key = b.voter_key AND ${COUNTS('x')}
                      ORDER BY x.voter_seq DESC LIMIT 1) AS counted_id
         FROM ballots b WHERE b.resolution_id = $1 AND b.receipt = $2`,
      [r.id, normal],
    );
    if (!row) return { found: false, receipt: normal, counted: false };
    return { found: true, receipt: normal, counted: row.id === row.counted_id };
  }
}
