import { Injectable } from '@nestjs/common';
import {
  ErrorCode,
  MATTER_LABELS,
  decideItem,
  discloseGroups,
  emptyTally,
  OTHER_GROUPS_NAME,
  hasResult,
  isMatterType,
  type ItemDecision,
  type Tally,
} from '@gongzhi/domain';
import { loadExcel } from '../../common/lazy-modules.js';
import { DataSource } from 'typeorm';
import { AppError } from '../../common/app-error.js';
import { ResolutionItem } from './entities/resolution-item.entity.js';
import type { Resolution } from './entities/resolution.entity.js';
import { areaText, findResolution, fromDomain } from './votes.common.js';
import { CONFIRMED, COUNTS, LATEST_COUNTED, OWNER_NAME, SET_ASIDE } from './ballot-standing.js';

export interface Turnout {
  totalHeads: number;
  totalArea: string;
  votedHeads: number;
  votedArea: string;
  buildings: Array<{
    buildingId: string;
    buildingName: string;
    units: number;
    unitsVoted: number;
    area: string;
    areaVoted: string;
    heads: number;
    headsVoted: number;
  }>;
}

export interface ItemResult {
  itemId: string;
  position: number;
  title: string;
  decision: ItemDecision;
}

export interface ResultView {
  resolution: Resolution;
  stage: 'preliminary' | 'final';
  official: boolean;
  items: ItemResult[];
  /** Paper and proxy ballots: confirmed (counted), never confirmed (not counted), disputed by their owner (set aside). */
  paperBallots: { confirmed: number; unconfirmed: number; disputed: number };
}

export interface ParticipationRow {
  buildingName: string;
  room: string;
  area: string;
  tookPart: boolean;
  receipt: string | null;
}

/** A unit of the frozen electorate, for the committee entering paper and proxy ballots. */
export interface BallotUnitRow {
  unitId: string;
  buildingName: string;
  room: string;
  area: string;
  /** Always false: who has not voted yet is not shown to the committee (kept for installed versions). */
  voted: boolean;
  /** The owner's name as on the frozen roster (co-owners joined with 、), to check the signature on the scan. */
  ownerName: string;
}

/** Turnout, results and the published lists. The tally is SQL aggregation over the frozen electorate. */
/** Turnouts kept in memory (one per open resolution is what matters; a few KB each). */
const TURNOUT_CACHE_SIZE = 500;

@Injectable()
export class ResultsService {
  constructor(private readonly ds: DataSource) {}

  private requireVotingStarted(r: Resolution) {
    if (r.status !== 'open' && r.status !== 'objection' && r.status !== 'final') {
      throw new AppError(ErrorCode.VOTE_NOT_OPEN, '投票尚未开始，暂无投票进度', { currentStatus: r.status });
    }
    if (r.officialMode)
      throw new AppError(ErrorCode.ILLEGAL_TRANSITION, '本次表决在官方系统进行，本平台只公布其结果', {
        currentStatus: r.status,
      });
  }

  private requireResult(r: Resolution) {
    if (!hasResult(r.status)) {
      throw new AppError(ErrorCode.VOTE_NOT_OPEN, '投票截止后才公布表决结果；投票期间只显示参与进度', {
        currentStatus: r.status,
      });
    }
  }

  /** Turnouts by (resolution, chain head seq), oldest dropped first: see turnout(). */
  private readonly turnoutCache = new Map<string, Turnout>();

  /** Heads and area that took part, overall and per building; never who chose what. */
  async turnout(communityId: string, id: string): Promise<Turnout> {
    const r = await findResolution(this.ds.manager, communityId, id);
    this.requireVotingStarted(r);
    // The electorate is frozen once voting starts and ballots are append-only, so the turnout is a function of the
    // chain head: the answer computed at head seq N is exact for as long as the head is N (cheap index-only read).
    const [{ head }]: Array<{ head: string | null }> = await this.ds.query(
      `SELECT COALESCE((SELECT max(seq) FROM ballots WHERE resolution_id = $1), 0)::text || ':' ||
              (SELECT count(*) FROM paper_ballot_reviews WHERE resolution_id = $1 AND kind IN ('confirmed', 'disputed'))::text AS head`,
      [r.id],
    );
    const key = `${r.id}:${head ?? 0}`;
    const cached = this.turnoutCache.get(key);
    if (cached) return cached;
    const t = await this.computeTurnout(r.id);
    this.turnoutCache.delete(key);
    this.turnoutCache.set(key, t);
    if (this.turnoutCache.size > TURNOUT_CACHE_SIZE) this.turnoutCache.delete(this.turnoutCache.keys().next().value!);
    return t;
  }

  private async computeTurnout(resolutionId: string): Promise<Turnout> {
    const r = { id: resolutionId };
    const [overall] = await this.ds.query(
      `WITH voted AS (SELECT DISTINCT b.voter_key FROM ballots b WHERE b.resolution_id = $1 AND ${COUNTS('b')})
       SELECT count(*)::int AS heads, COALESCE(sum(v.area_hundredths), 0)::text AS area,
              count(vt.voter_key)::int AS voted_heads, COALESCE(sum(v.area_hundredths) FILTER (WHERE vt.voter_key IS NOT NULL), 0)::text AS voted_area
         FROM electorate_voters v LEFT JOIN voted vt ON vt.voter_key = v.voter_key WHERE v.resolution_id = $1`,
      [r.id],
    );
    const buildings = await this.ds.query(
      `WITH voted AS (SELECT DISTINCT b.voter_key FROM ballots b WHERE b.resolution_id = $1 AND ${COUNTS('b')})
       SELECT u.building_id, u.building_name, count(*)::int AS units, count(vt.voter_key)::int AS units_voted,
              sum(u.area_hundredths)::text AS area, COALESCE(sum(u.area_hundredths) FILTER (WHERE vt.voter_key IS NOT NULL), 0)::text AS area_voted,
              count(DISTINCT u.voter_key)::int AS heads, count(DISTINCT vt.voter_key)::int AS heads_voted
         FROM electorate_units u LEFT JOIN voted vt ON vt.voter_key = u.voter_key
        WHERE u.resolution_id = $1 GROUP BY u.building_id, u.building_name ORDER BY u.building_name`,
      [r.id],
    );
    return {
      totalHeads: overall.heads,
      totalArea: overall.area,
      votedHeads: overall.voted_heads,
      votedArea: overall.voted_area,
      // Small-group privacy: a building's own figures only where it has at least 5 heads (domain discloseGroups).
      buildings: discloseGroups(
        buildings.map((b: Record<string, string | number>) => ({
          buildingId: b.building_id,
          buildingName: b.building_name,
          units: b.units,
          unitsVoted: b.units_voted,
          area: b.area,
          areaVoted: b.area_voted,
          heads: b.heads,
          headsVoted: b.heads_voted,
        })) as Turnout['buildings'],
        (small) => ({
          buildingId: 'other',
          buildingName: OTHER_GROUPS_NAME,
          units: small.reduce((s, b) => s + b.units, 0),
          unitsVoted: small.reduce((s, b) => s + b.unitsVoted, 0),
          area: small.reduce((s, b) => s + BigInt(b.area), 0n).toString(),
          areaVoted: small.reduce((s, b) => s + BigInt(b.areaVoted), 0n).toString(),
          heads: small.reduce((s, b) => s + b.heads, 0),
          headsVoted: small.reduce((s, b) => s + b.headsVoted, 0),
        }),
      ),
    } as Turnout;
  }

  /** Per-item tallies by SQL: the latest ballot of each voter, its choice on the item, summed over the frozen areas. */
  async tally(resolutionId: string): Promise<Record<string, Tally>> {
    const rows: Array<{ item_id: string; choice: 'yes' | 'no' | 'abstain' | 'invalid'; area: string; heads: number }> =
      await this.ds.query(
        `WITH ${LATEST_COUNTED}
       SELECT i.id AS item_id,
              CASE WHEN l.spoilt THEN 'invalid' ELSE COALESCE(l.choices ->> i.id::text, 'abstain') END AS choice,
              sum(v.area_hundredths)::text AS area, count(*)::int AS heads
         FROM latest l
         JOIN electorate_voters v ON v.resolution_id = $1 AND v.voter_key = l.voter_key
         CROSS JOIN resolution_items i
        WHERE i.resolution_id = $1
        GROUP BY 1, 2`,
        [resolutionId],
      );
    const out: Record<string, Tally> = {};
    for (const row of rows) {
      const t = (out[row.item_id] ??= emptyTally());
      t[`${row.choice}Area`] = BigInt(row.area);
      t[`${row.choice}Heads`] = BigInt(row.heads);
    }
    return out;
  }

  async result(communityId: string, id: string): Promise<ResultView> {
    const r = await findResolution(this.ds.manager, communityId, id);
    this.requireResult(r);
    const items = await this.ds
      .getRepository(ResolutionItem)
      .find({ where: { resolutionId: r.id }, order: { position: 'ASC' } });
    const settings = {
      parkingCounts: r.voteSettings?.parkingCounts ?? false,
      invalidCountsAsParticipation: r.voteSettings?.invalidCountsAsParticipation ?? false,
      followMajority: r.voteSettings?.followMajority ?? false,
    };
    const tallies = r.officialMode ? {} : await this.tally(r.id);
    const [paper]: Array<{ confirmed: number; unconfirmed: number; disputed: number }> = await this.ds.query(
      `SELECT count(*) FILTER (WHERE NOT ${SET_ASIDE('b')} AND ${CONFIRMED('b')})::int AS confirmed,
              count(*) FILTER (WHERE NOT ${SET_ASIDE('b')} AND NOT ${CONFIRMED('b')})::int AS unconfirmed,
              count(*) FILTER (WHERE ${SET_ASIDE('b')})::int AS disputed
         FROM ballots b WHERE b.resolution_id = $1 AND b.channel <> 'online'`,
      [r.id],
    );
    return {
      paperBallots: paper!,
      resolution: r,
      stage: r.status === 'final' ? 'final' : 'preliminary',
      official: r.officialMode,
      items: items.map((it) => {
        const f = it.officialFigures;
        const tally: Tally = f
          ? {
              yesArea: BigInt(f.yesArea),
              yesHeads: BigInt(f.yesHeads),
              noArea: BigInt(f.noArea),
              noHeads: BigInt(f.noHeads),
              abstainArea: BigInt(f.abstainArea),
              abstainHeads: BigInt(f.abstainHeads),
              invalidArea: BigInt(f.invalidArea),
              invalidHeads: BigInt(f.invalidHeads),
            }
          : (tallies[it.id] ?? emptyTally());
        const totals = { totalArea: BigInt(r.totalArea ?? '0'), totalHeads: BigInt(r.totalHeads ?? 0) };
        if (!isMatterType(it.matterType)) throw new Error(`bad matter type ${it.matterType}`);
        return {
          itemId: it.id,
          position: it.position,
          title: it.title,
          decision: fromDomain(() => decideItem(totals, tally, it.matterType as never, settings)),
        };
      }),
    };
  }

  /** The per-unit list published after close: room, area, took part, receipt. No names, no choices (PIPL Art. 25). */
  async participation(communityId: string, id: string): Promise<ParticipationRow[]> {
    const r = await findResolution(this.ds.manager, communityId, id);
    this.requireResult(r);
    if (r.officialMode) return [];
    const rows = await this.ds.query(
      `WITH ${LATEST_COUNTED}
       SELECT u.building_name, u.room, u.area_hundredths::text AS area, l.receipt
         FROM electorate_units u LEFT JOIN latest l ON l.voter_key = u.voter_key
        WHERE u.resolution_id = $1 ORDER BY u.building_name, u.room`,
      [r.id],
    );
    return rows.map((x: { building_name: string; room: string; area: string; receipt: string | null }) => ({
      buildingName: x.building_name,
      room: x.room,
      area: x.area,
      tookPart: x.receipt !== null,
      receipt: x.receipt,
    }));
  }

  /**
   * The frozen electorate's units with their owner's name as on the roster — the committee picks the unit of a paper
   * or proxy ballot here and checks the signature on the scan. Whether the unit has voted is not shown (a list of
   * those who have not voted yet is a list of ballots to stuff; docs/votes.md). Only once voting has started.
   */
  async ballotUnits(communityId: string, id: string): Promise<BallotUnitRow[]> {
    const r = await findResolution(this.ds.manager, communityId, id);
    this.requireVotingStarted(r);
    const rows: Array<{ unit_id: string; building_name: string; room: string; area: string; owner_name: string }> =
      await this.ds.query(
        `SELECT u.unit_id, u.building_name, u.room, u.area_hundredths::text AS area, ${OWNER_NAME('u.voter_key')} AS owner_name
         FROM electorate_units u WHERE u.resolution_id = $1 ORDER BY u.building_name, u.room`,
        [r.id],
      );
    return rows.map((x) => ({
      unitId: x.unit_id,
      buildingName: x.building_name,
      room: x.room,
      area: x.area,
      voted: false,
      ownerName: x.owner_name,
    }));
  }

  /** The result notice (表决结果公告) as print-ready HTML in Chinese. */
  async exportHtml(communityId: string, id: string): Promise<string> {
    const res = await this.result(communityId, id);
    const rows = await this.participation(communityId, id);
    const [{ name }] = await this.ds.query(`SELECT name FROM communities WHERE id = $1`, [communityId]);
    const r = res.resolution;
    const esc = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
    const d = (x: Date | null) => (x ? new Date(x.getTime() + 8 * 3600_000).toISOString().slice(0, 10) : '—');
    const items = res.items
      .map((it) => {
        const x = it.decision;
        return `<section class="item"><h2>${it.position}. ${esc(it.title)}</h2>
<p>事项类型：${esc(MATTER_LABELS[x.matterType])}（${x.major ? '须经参与表决专有部分面积和人数四分之三以上同意' : '须经参与表决专有部分面积和人数过半数同意'}）</p>
<table><thead><tr><th></th><th>面积（㎡）</th><th>人数</th></tr></thead><tbody>
<tr><td>表决范围总数</td><td>${areaText(x.totalArea)}</td><td>${x.totalHeads}</td></tr>
<tr><td>参与表决</td><td>${areaText(x.pArea)}</td><td>${x.pHeads}</td></tr>
<tr><td>同意</td><td>${areaText(x.yesArea)}</td><td>${x.yesHeads}</td></tr>
<tr><td>反对</td><td>${areaText(x.noArea)}</td><td>${x.noHeads}</td></tr>
<tr><td>弃权</td><td>${areaText(x.abstainArea)}</td><td>${x.abstainHeads}</td></tr>
<tr><td>无效</td><td>${areaText(x.invalidArea)}</td><td>${x.invalidHeads}</td></tr>
</tbody></table>
<p class="verdict">结果：<strong>${x.passed ? '通过' : '未通过'}</strong>（依据规则 ${x.decidedBy}）。${esc(x.reason)}</p></section>`;
      })
      .join('\n');
    const list = rows
      .map(
        (p) =>
          `<tr><td>${esc(p.buildingName)}</td><td>${esc(p.room)}</td><td>${areaText(p.area)}</td><td>${p.tookPart ? '是' : '否'}</td><td>${p.receipt ?? ''}</td></tr>`,
      )
      .join('\n');
    return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>${esc(r.title)} 表决结果公告</title>
<style>body{font-family:"Noto Serif CJK SC","Songti SC",serif;max-width:800px;margin:2em auto;line-height:1.6}
h1{text-align:center}table{border-collapse:collapse;width:100%;margin:.5em 0}td,th{border:1px solid #333;padding:4px 8px;text-align:left}
.item{page-break-inside:avoid}@media print{body{margin:0}}</style></head>
<body>
<h1>${esc(name)}业主大会<br>关于“${esc(r.title)}”的表决结果公告（${res.stage === 'final' ? '最终结果' : '初步结果'}）</h1>
<p>投票期：${d(r.votingOpensAt)} 至 ${d(r.closedAt ?? r.votingClosesAt)}。${res.official ? '本次表决通过政府业主决策电子投票系统进行，以下为该系统公布的结果。' : `表决名册指纹（SHA-256）：${r.electorateFingerprint ?? '—'}`}</p>
${res.stage === 'preliminary' && r.objectionEndsAt ? `<p>询异期至 ${d(r.objectionEndsAt)}；业主对结果有异议的，可在询异期内提出。</p>` : ''}
${items}
${
  res.official
    ? ''
    : `<h2>参与表决情况（按房屋）</h2><p>依个人信息保护法，仅公布房号、面积、是否参与及回执码，不公布姓名和表决意见。业主可凭回执码核对自己的选票已被计入。</p>
<table><thead><tr><th>楼栋</th><th>房号</th><th>面积（㎡）</th><th>是否参与</th><th>回执码</th></tr></thead><tbody>
${list}
</tbody></table>`
}
<p style="text-align:right">${esc(name)}业主委员会<br>${d(r.finalizedAt ?? r.closedAt)}</p>
</body></html>`;
  }

  /** The tally as a workbook: one sheet of results, one of participation. */
  async tallyXlsx(communityId: string, id: string): Promise<Buffer> {
    const res = await this.result(communityId, id);
    const rows = await this.participation(communityId, id);
    const wb = new (await loadExcel()).Workbook();
    wb.creator = '共治';
    const ws = wb.addWorksheet('表决结果');
    ws.addRow([
      '序号',
      '表决事项',
      '事项类型',
      '总面积㎡',
      '总人数',
      '参与面积㎡',
      '参与人数',
      '同意面积㎡',
      '同意人数',
      '反对面积㎡',
      '反对人数',
      '弃权面积㎡',
      '弃权人数',
      '无效面积㎡',
      '无效人数',
      '规则',
      '结果',
      '说明',
    ]);
    for (const it of res.items) {
      const x = it.decision;
      ws.addRow([
        it.position,
        it.title,
        MATTER_LABELS[x.matterType],
        areaText(x.totalArea),
        Number(x.totalHeads),
        areaText(x.pArea),
        Number(x.pHeads),
        areaText(x.yesArea),
        Number(x.yesHeads),
        areaText(x.noArea),
        Number(x.noHeads),
        areaText(x.abstainArea),
        Number(x.abstainHeads),
        areaText(x.invalidArea),
        Number(x.invalidHeads),
        x.decidedBy,
        x.passed ? '通过' : '未通过',
        x.reason,
      ]);
    }
    const ps = wb.addWorksheet('参与情况');
    ps.addRow(['楼栋', '房号', '面积㎡', '是否参与', '回执码']);
    for (const p of rows)
      ps.addRow([p.buildingName, p.room, areaText(p.area), p.tookPart ? '是' : '否', p.receipt ?? '']);
    return Buffer.from(await wb.xlsx.writeBuffer());
  }
}
