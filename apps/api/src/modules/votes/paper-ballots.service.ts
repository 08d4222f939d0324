import { Injectable } from '@nestjs/common';
import { ErrorCode } from '@gongzhi/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { AppError } from '../../common/app-error.js';
import type { Actor } from '../../common/current-user.js';
import { isId } from '../../common/ids.js';
import { AuditService } from '../audit/audit.service.js';
import { FilesService } from '../files/files.service.js';
import { InboxService } from '../inbox/inbox.service.js';
import { CONFIRMED, COUNTS, OWNER_NAME, SET_ASIDE } from './ballot-standing.js';
import { sameName } from './ballots.service.js';
import { Clock } from './clock.js';
import type { BallotChannel, BallotChoice } from './entities/ballot.entity.js';
import { castsHead } from './heads.repository.js';
import { findResolution, notOpenNow } from './votes.common.js';

/** Where a paper or proxy ballot stands: not yet checked by a second member, confirmed (counts), disputed (set aside). */
export type PaperState = 'unconfirmed' | 'confirmed' | 'disputed';

export interface PaperBallotRow {
  ballotId: string;
  seq: number;
  channel: BallotChannel;
  units: string;
  ownerName: string;
  choices: Array<{ itemId: string; choice: BallotChoice }>;
  spoilt: boolean;
  witnessName: string | null;
  proxyName: string | null;
  enteredByName: string;
  enteredByMe: boolean;
  castAt: string;
  state: PaperState;
  confirmedByName: string | null;
  scanOpenedByMe: boolean;
  /** This member may confirm it now: not its enterer, not its witness, has opened the scan, not yet confirmed. */
  canConfirm: boolean;
}

export interface MyBallotRow {
  ballotId: string;
  channel: BallotChannel;
  units: string;
  castAt: string;
  receipt: string;
  choices: Array<{ itemId: string; choice: BallotChoice }>;
  spoilt: boolean;
  /** counted: this is the ballot that counts; superseded: a later one counts; unconfirmed / disputed: paper only. */
  state: 'counted' | 'superseded' | 'unconfirmed' | 'disputed';
  canDispute: boolean;
}

const asList = (c: Record<string, BallotChoice>) => Object.entries(c).map(([itemId, choice]) => ({ itemId, choice }));

/** SQL: the rooms of a head ("1栋 101、1栋 102"), from the frozen electorate. */
const ROOMS = (voterKey: string) =>
  `(SELECT string_agg(u.building_name || ' ' || u.room, '、' ORDER BY u.building_name, u.room)
      FROM electorate_units u WHERE u.resolution_id = b.resolution_id AND u.voter_key = ${voterKey})`;

/**
 * Paper and proxy ballots under dual control (docs/votes.md, domain-rules §10): a second committee member — not the
 * one who entered it, not its witness — confirms each against its scan after opening it; the unit's owner sees
 * privately what was recorded for them and may dispute it before the close, which sets it aside (a new record; the
 * ballot stays in the chain) and lets them vote. Each act is one row of the append-only `paper_ballot_reviews`,
 * whose trigger is the backstop of every rule here.
 */
@Injectable()
export class PaperBallotsService {
  constructor(
    private readonly ds: DataSource,
    private readonly audit: AuditService,
    private readonly files: FilesService,
    private readonly inbox: InboxService,
    private readonly clock: Clock,
  ) {}

  /** The resolution's paper and proxy ballots for the committee: what each says, who entered it, where it stands. */
  async list(actor: Actor, communityId: string, id: string): Promise<PaperBallotRow[]> {
    const r = await findResolution(this.ds.manager, communityId, id);
    const rows: Array<{
      id: string;
      seq: number;
      channel: BallotChannel;
      units: string;
      owner_name: string;
      choices: Record<string, BallotChoice>;
      spoilt: boolean;
      witness_name: string | null;
      proxy_name: string | null;
      entered_by: string;
      entered_by_name: string;
      cast_at: Date;
      disputed: boolean;
      confirmed_by_name: string | null;
      opened: boolean;
      my_name: string | null;
    }> = await this.ds.query(
      `SELECT b.id, b.seq, b.channel, ${ROOMS('b.voter_key')} AS units, ${OWNER_NAME('b.voter_key')} AS owner_name,
              b.choices, b.spoilt, b.witness_name, b.proxy_name, b.entered_by,
              (SELECT p.name FROM persons p WHERE p.id = b.entered_by) AS entered_by_name, b.cast_at,
              ${SET_ASIDE('b')} AS disputed,
              (SELECT p.name FROM paper_ballot_reviews c JOIN persons p ON p.id = c.actor_id
                WHERE c.ballot_id = b.id AND c.kind = 'confirmed') AS confirmed_by_name,
              EXISTS (SELECT 1 FROM paper_ballot_reviews o WHERE o.ballot_id = b.id AND o.kind = 'scan_opened' AND o.actor_id = $2) AS opened,
              (SELECT p.name FROM persons p WHERE p.id = $2) AS my_name
         FROM ballots b WHERE b.resolution_id = $1 AND b.channel <> 'online' ORDER BY b.seq`,
      [r.id, actor.personId],
    );
    const reviewable = r.status === 'open' || r.status === 'objection';
    return rows.map((b) => {
      const state: PaperState = b.disputed ? 'disputed' : b.confirmed_by_name !== null ? 'confirmed' : 'unconfirmed';
      const enteredByMe = b.entered_by === actor.personId;
      return {
        ballotId: b.id,
        seq: b.seq,
        channel: b.channel,
        units: b.units,
        ownerName: b.owner_name,
        choices: asList(b.choices),
        spoilt: b.spoilt,
        witnessName: b.witness_name,
        proxyName: b.proxy_name,
        enteredByName: b.entered_by_name,
        enteredByMe,
        castAt: new Date(b.cast_at).toISOString(),
        state,
        confirmedByName: b.confirmed_by_name,
        scanOpenedByMe: b.opened,
        canConfirm:
          reviewable && state === 'unconfirmed' && !enteredByMe && !sameName(b.my_name, b.witness_name) && b.opened,
      };
    });
  }

  /** A member opens a paper ballot's scan: the opening is recorded (confirming needs it), then the bytes. */
  async openScan(
    actor: Actor,
    communityId: string,
    id: string,
    ballotId: string,
  ): ReturnType<FilesService['openContent']> {
    const b = await this.paperBallot(this.ds.manager, communityId, id, ballotId, actor.personId);
    const opened = await this.files.openContent(actor, communityId, b.scan_file_id);
    try {
      await this.ds.query(
        `INSERT INTO paper_ballot_reviews (community_id, resolution_id, ballot_id, kind, actor_id) VALUES ($1, $2, $3, 'scan_opened', $4)`,
        [communityId, b.resolution_id, b.id, actor.personId],
      );
    } catch (e) {
      opened.stream.destroy();
      throw e;
    }
    return opened;
  }

  /** A second member confirms a paper or proxy ballot against its scan: from now on it counts. */
  async confirm(actor: Actor, communityId: string, id: string, ballotId: string): Promise<PaperBallotRow> {
    await this.ds.transaction(async (m) => {
      const r = await findResolution(m, communityId, id, 'share');
      if (r.status !== 'open' && r.status !== 'objection') {
        throw new AppError(ErrorCode.VOTE_NOT_OPEN, '表决结果已最终公布（或尚未开始投票），不能再确认纸质票', {
          currentStatus: r.status,
        });
      }
      const b = await this.paperBallot(m, communityId, id, ballotId, actor.personId);
      if (b.entered_by === actor.personId) {
        throw AppError.forbidden('录入这张选票的委员不能自己确认，请由另一名委员核对扫描件后确认');
      }
      if (sameName(b.my_name, b.witness_name)) {
        throw AppError.forbidden('您是这张选票的见证人，不能确认它，请由另一名委员核对扫描件后确认');
      }
      if (b.disputed) throw AppError.conflict('业主已对这张选票提出异议，该票已搁置，不能再确认');
      if (b.confirmed) throw AppError.conflict('这张选票已由委员确认');
      if (!b.opened) throw AppError.conflict('请先打开并核对这张选票的扫描件，再确认');
      await m.query(
        `INSERT INTO paper_ballot_reviews (community_id, resolution_id, ballot_id, kind, actor_id) VALUES ($1, $2, $3, 'confirmed', $4)`,
        [communityId, r.id, b.id, actor.personId],
      );
      await this.audit.record(
        {
          communityId,
          actorId: actor.personId,
          action: 'vote.paper_ballot_confirmed',
          targetType: 'resolution',
          targetId: r.id,
          details: { ballotId: b.id, seq: b.seq },
        },
        m,
      );
    });
    const row = (await this.list(actor, communityId, id)).find((x) => x.ballotId === ballotId);
    return row!;
  }

  /**
   * The caller's own ballots in this vote (online or paper, every head they cast), with what each says and whether
   * it counts — privately, until the result is final.
   */
  async mine(actor: Actor, communityId: string, id: string): Promise<MyBallotRow[]> {
    const r = await findResolution(this.ds.manager, communityId, id);
    if (r.status === 'final') {
      throw new AppError(ErrorCode.ILLEGAL_TRANSITION, '表决结果已最终公布，选票内容不再显示；可凭回执码核对是否计入', {
        currentStatus: r.status,
      });
    }
    const rows: Array<{
      id: string;
      channel: BallotChannel;
      units: string;
      cast_at: Date;
      receipt: string;
      choices: Record<string, BallotChoice>;
      spoilt: boolean;
      disputed: boolean;
      confirmed: boolean;
      counted: boolean;
    }> = await this.ds.query(
      `SELECT b.id, b.channel, ${ROOMS('b.voter_key')} AS units, b.cast_at, b.receipt, b.choices, b.spoilt,
              ${SET_ASIDE('b')} AS disputed, ${CONFIRMED('b')} AS confirmed,
              b.id = (SELECT x.id FROM ballots x WHERE x.resolution_id = b.resolution_id AND x.voter_key = b.voter_key
                         AND ${COUNTS('x')} ORDER BY x.voter_seq DESC LIMIT 1) AS counted
         FROM ballots b JOIN electorate_voters v ON v.resolution_id = b.resolution_id AND v.voter_key = b.voter_key
        WHERE b.resolution_id = $1 AND ${castsHead('v.cast_by', '$2')}
        ORDER BY b.seq`,
      [r.id, actor.personId],
    );
    const open = notOpenNow(r, this.clock.now()) === null;
    return rows.map((b) => {
      const state: MyBallotRow['state'] = b.disputed
        ? 'disputed'
        : b.counted
          ? 'counted'
          : b.channel !== 'online' && !b.confirmed
            ? 'unconfirmed'
            : 'superseded';
      return {
        ballotId: b.id,
        channel: b.channel,
        units: b.units,
        castAt: new Date(b.cast_at).toISOString(),
        receipt: b.receipt,
        choices: asList(b.choices),
        spoilt: b.spoilt,
        state,
        canDispute: open && b.channel !== 'online' && !b.disputed,
      };
    });
  }

  /**
   * The owner disputes a paper or proxy ballot recorded for them, before the close: it is set aside (never counted,
   * shown as disputed) and they may vote. The member who entered it is told.
   */
  async dispute(actor: Actor, communityId: string, id: string, ballotId: string, reason: string): Promise<MyBallotRow> {
    await this.ds.transaction(async (m) => {
      const r = await findResolution(m, communityId, id, 'share');
      const closed = notOpenNow(r, this.clock.now());
      if (closed) throw closed;
      if (!isId(ballotId)) throw AppError.notFound('选票');
      const [b]: Array<{ id: string; channel: BallotChannel; entered_by: string; disputed: boolean; units: string }> =
        await m.query(
          `SELECT b.id, b.channel, b.entered_by, ${SET_ASIDE('b')} AS disputed, ${ROOMS('b.voter_key')} AS units
             FROM ballots b JOIN electorate_voters v ON v.resolution_id = b.resolution_id AND v.voter_key = b.voter_key
            WHERE b.resolution_id = $1 AND b.id = $2 AND ${castsHead('v.cast_by', '$3')}`,
          [r.id, ballotId, actor.personId],
        );
      // Someone else's ballot answers as a missing one.
      if (!b) throw AppError.notFound('选票');
      if (b.channel === 'online') throw AppError.conflict('线上选票由您本人投出，不能提出异议');
      if (b.disputed) throw AppError.conflict('您已对这张选票提出异议，它已搁置不计入');
      await m.query(
        `INSERT INTO paper_ballot_reviews (community_id, resolution_id, ballot_id, kind, actor_id, reason) VALUES ($1, $2, $3, 'disputed', $4, $5)`,
        [communityId, r.id, b.id, actor.personId, reason],
      );
      await this.inbox.send(m, {
        communityId,
        personIds: [b.entered_by],
        kind: 'vote.paper_disputed',
        title: '业主对您录入的纸质票提出异议',
        body: `表决“${r.title.slice(0, 40)}”：${b.units} 的业主表示您录入的选票不是其本人所投，该票已搁置不计入。理由：${reason}`,
      });
      await this.audit.record(
        {
          communityId,
          actorId: actor.personId,
          action: 'vote.paper_ballot_disputed',
          targetType: 'resolution',
          targetId: r.id,
          details: { ballotId: b.id },
        },
        m,
      );
    });
    return (await this.mine(actor, communityId, id)).find((x) => x.ballotId === ballotId)!;
  }

  private async paperBallot(m: EntityManager, communityId: string, id: string, ballotId: string, actorId: string) {
    const r = await findResolution(m, communityId, id);
    if (!isId(ballotId)) throw AppError.notFound('选票');
    const [b]: Array<{
      id: string;
      seq: number;
      resolution_id: string;
      scan_file_id: string;
      entered_by: string;
      witness_name: string | null;
      disputed: boolean;
      confirmed: boolean;
      opened: boolean;
      my_name: string | null;
    }> = await m.query(
      `SELECT b.id, b.seq, b.resolution_id, b.scan_file_id, b.entered_by, b.witness_name,
              ${SET_ASIDE('b')} AS disputed, ${CONFIRMED('b')} AS confirmed,
              EXISTS (SELECT 1 FROM paper_ballot_reviews o WHERE o.ballot_id = b.id AND o.kind = 'scan_opened' AND o.actor_id = $3) AS opened,
              (SELECT p.name FROM persons p WHERE p.id = $3) AS my_name
         FROM ballots b WHERE b.resolution_id = $1 AND b.id = $2 AND b.channel <> 'online'`,
      [r.id, ballotId, actorId],
    );
    if (!b) throw AppError.notFound('纸质票');
    return b;
  }
}
