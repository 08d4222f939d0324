import { Injectable } from '@nestjs/common';
import {
  ErrorCode,
  EXPENSE_CATEGORIES,
  INCOME_CATEGORIES,
  categoryLabel,
  ledgerSettings,
  chinaDate,
  periodFor,
  statementMeetsTopUp,
  statementOf,
  topUpRequirement,
  type LedgerEntry,
  type LedgerSettings,
  type StatementFrequency,
  type StatementPeriod,
} from '@gongzhi/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { AppError } from '../../common/app-error.js';
import { communityOf, type Actor } from '../../common/current-user.js';
import { AuditService } from '../audit/audit.service.js';
import { Community } from '../identity/entities/community.entity.js';
import { LedgerStatementRow } from './entities/ledger-statement.entity.js';
import { chainHead, lockChain, verifyCommunityChain, type ChainReport } from './ledger-chain.js';
import { fromDomain } from '../../common/from-domain.js';

/** A statement as shown and published. Amounts are fen as decimal strings. */
export interface StatementBody {
  key: string;
  label: string;
  frequency: StatementFrequency;
  start: string;
  end: string;
  openingBalanceFen: string;
  income: { totalFen: string; byCategory: Array<{ category: string; label: string; amountFen: string }> };
  expense: { totalFen: string; byCategory: Array<{ category: string; label: string; amountFen: string }> };
  byMonth: Array<{ month: string; incomeFen: string; expenseFen: string }>;
  closingBalanceFen: string;
  entryCount: number;
  topUp: {
    rule: string;
    required: boolean | null;
    minimumFen: string | null;
    toppedUpFen: string;
    met: boolean | null;
    reason: string;
  };
  head: { seq: string; hash: string };
}

export interface StatementView {
  body: StatementBody;
  published: null | { publishedAt: Date; displayUntil: Date; onDisplay: boolean };
  ended: boolean;
  dueBy: string;
}

const KEY = /^(\d{4})(?:-(H1|H2|Q1|Q2|Q3|Q4))?$/;

/** "2026-H1" / "2026-Q3" / "2026" → its period. */
export function periodOfKey(key: string): StatementPeriod | null {
  const m = KEY.exec(key);
  if (!m) return null;
  const y = m[1]!;
  const part = m[2];
  if (!part) return periodFor(`${y}-01-01`, 'year');
  const month = part.startsWith('H') ? (part === 'H1' ? 1 : 7) : (Number(part[1]) - 1) * 3 + 1;
  return periodFor(`${y}-${String(month).padStart(2, '0')}-01`, part.startsWith('H') ? 'half_year' : 'quarter');
}

export function keyOf(p: StatementPeriod): string {
  const y = p.start.slice(0, 4);
  const m = Number(p.start.slice(5, 7));
  if (p.frequency === 'year') return y;
  if (p.frequency === 'half_year') return `${y}-${m === 1 ? 'H1' : 'H2'}`;
  return `${y}-Q${(m - 1) / 3 + 1}`;
}

/** Publication is due by the end of the month after the period (yearly statements: by 31 March, domain-rules §5). */
export function dueByOf(p: StatementPeriod): string {
  const y = Number(p.end.slice(0, 4));
  if (p.frequency === 'year') return `${y + 1}-03-31`;
  const m = Number(p.end.slice(5, 7));
  const [ny, nm] = m === 12 ? [y + 1, 1] : [y, m + 1];
  const last = new Date(Date.UTC(ny, nm, 0)).getUTCDate();
  return `${ny}-${String(nm).padStart(2, '0')}-${last}`;
}

/** What a statement needs of a posting (raw row; amounts as text, exact). */
interface PostingFigures {
  id: string;
  kind: LedgerEntry['kind'];
  category: string;
  amountFen: string;
  bookedOn: string;
  reversesPostingId: string | null;
}
const FIGURES = `id, kind, category, amount_fen::text AS "amountFen", booked_on::text AS "bookedOn", reverses_posting_id AS "reversesPostingId"`;

function asEntries(postings: PostingFigures[]): LedgerEntry[] {
  return postings.map((p) => ({
    id: p.id,
    kind: p.kind,
    category: p.category as LedgerEntry['category'],
    amountFen: BigInt(p.amountFen),
    date: p.bookedOn,
    reversesId: p.reversesPostingId,
  }));
}

/** A published statement as kept in process (frozen: every reader shares it). */
interface PublishedStatement {
  id: string;
  body: StatementBody;
  publishedAt: Date;
  displayUntil: Date;
}
/** At most this many published statements are kept (~2 KB each). */
export const PUBLISHED_CACHE_MAX = 5000;

function deepFreeze<T>(o: T): T {
  if (o && typeof o === 'object' && !Object.isFrozen(o)) {
    Object.freeze(o);
    for (const v of Object.values(o)) deepFreeze(v);
  }
  return o;
}

const addDays = (d: string, n: number) =>
  new Date(Date.UTC(+d.slice(0, 4), +d.slice(5, 7) - 1, +d.slice(8, 10) + n)).toISOString().slice(0, 10);

@Injectable()
export class LedgerStatementsService {
  constructor(
    private readonly ds: DataSource,
    private readonly audit: AuditService,
  ) {}

  private async settings(
    m: EntityManager,
    communityId: string,
  ): Promise<{ s: LedgerSettings; name: string; createdAt: Date }> {
    const c = await m.getRepository(Community).findOneByOrFail({ id: communityId });
    return { s: ledgerSettings(c.settings), name: c.name, createdAt: c.createdAt };
  }

  /**
   * Computes the statement of a period from the posted entries (uses the pure rules of @gongzhi/domain). Reads only the
   * columns `statementOf` needs, as raw rows: the period's postings (index ix_ledger_postings_community_booked) and the
   * originals its reversals cite (so the domain's `validateLedger` still sees them). The opening balance is the sum of
   * the months before the period in ledger_monthly_totals (kept by a trigger on every posting insert), a few dozen rows
   * however long the ledger is. docs/ledger.md.
   */
  private async compute(
    m: EntityManager,
    communityId: string,
    period: StatementPeriod,
    s: LedgerSettings,
  ): Promise<StatementBody> {
    const inPeriod: PostingFigures[] = await m.query(
      `SELECT ${FIGURES} FROM ledger_postings WHERE community_id = $1 AND booked_on BETWEEN $2::date AND $3::date ORDER BY seq`,
      [communityId, period.start, period.end],
    );
    const have = new Set(inPeriod.map((p) => p.id));
    const cited = [
      ...new Set(inPeriod.map((p) => p.reversesPostingId).filter((id): id is string => !!id && !have.has(id))),
    ];
    const originals: PostingFigures[] = cited.length
      ? await m.query(
          `SELECT ${FIGURES} FROM ledger_postings WHERE community_id = $1 AND id = ANY($2::uuid[]) ORDER BY seq`,
          [communityId, cited],
        )
      : [];
    const entries = asEntries([...originals, ...inPeriod]);
    // Periods start on the first of a month, so "booked before the period" is "booked in an earlier month".
    const [{ opening: openingText }]: Array<{ opening: string }> = period.start.endsWith('-01')
      ? await m.query(
          `SELECT COALESCE(sum(net_fen), 0)::text AS opening FROM ledger_monthly_totals WHERE community_id = $1 AND month < $2::date`,
          [communityId, period.start],
        )
      : await m.query(
          `SELECT COALESCE(sum(CASE WHEN kind = 'income' THEN 1 ELSE -1 END * CASE WHEN reverses_posting_id IS NULL THEN amount_fen ELSE -amount_fen END), 0)::text AS opening
           FROM ledger_postings WHERE community_id = $1 AND booked_on < $2::date`,
          [communityId, period.start],
        );
    const opening = BigInt(openingText);
    const head = await chainHead(m, communityId);
    const st = fromDomain(() => statementOf(opening, entries, period));
    let topUp: StatementBody['topUp'];
    const toppedUp = st.expense.byCategory.fund_topup;
    if (s.topUpRule === 'none') {
      topUp = {
        rule: 'none',
        required: false,
        minimumFen: '0',
        toppedUpFen: toppedUp.toString(),
        met: true,
        reason: '本小区未设置公共收益补充维修资金的规则',
      };
    } else if (s.maintenanceFundBalanceFen === null || s.maintenanceFundFirstDepositFen === null) {
      topUp = {
        rule: s.topUpRule,
        required: null,
        minimumFen: null,
        toppedUpFen: toppedUp.toString(),
        met: null,
        reason: '未登记维修资金余额和首期交存金额，无法判断是否达到补充要求',
      };
    } else {
      // Public income available for top-ups: opening + income − expenses other than top-ups.
      const available = st.openingBalance + st.income.total - (st.expense.total - toppedUp);
      const req = fromDomain(() =>
        topUpRequirement(s.topUpRule, {
          fundBalance: s.maintenanceFundBalanceFen!,
          firstDeposit: s.maintenanceFundFirstDepositFen!,
          publicIncomeBalance: available > 0n ? available : 0n,
        }),
      );
      const met = statementMeetsTopUp(st, req);
      topUp = {
        rule: s.topUpRule,
        required: req.required,
        minimumFen: req.minimumFen.toString(),
        toppedUpFen: met.toppedUp.toString(),
        met: met.met,
        reason: req.reason,
      };
    }
    return {
      key: keyOf(period),
      label: period.label,
      frequency: period.frequency,
      start: period.start,
      end: period.end,
      openingBalanceFen: st.openingBalance.toString(),
      income: {
        totalFen: st.income.total.toString(),
        byCategory: INCOME_CATEGORIES.map((c) => ({
          category: c,
          label: categoryLabel('income', c),
          amountFen: st.income.byCategory[c].toString(),
        })),
      },
      expense: {
        totalFen: st.expense.total.toString(),
        byCategory: EXPENSE_CATEGORIES.map((c) => ({
          category: c,
          label: categoryLabel('expense', c),
          amountFen: st.expense.byCategory[c].toString(),
        })),
      },
      byMonth: st.byMonth.map((x) => ({
        month: x.month,
        incomeFen: x.income.toString(),
        expenseFen: x.expense.toString(),
      })),
      closingBalanceFen: st.closingBalance.toString(),
      entryCount: st.entryCount,
      topUp,
      head: { seq: head.seq.toString(), hash: head.hash },
    };
  }

  private period(key: string): StatementPeriod {
    const p = periodOfKey(key);
    if (!p) throw AppError.notFound('公示期间');
    return p;
  }

  async communityName(actor: Actor): Promise<string> {
    return (await this.settings(this.ds.manager, communityOf(actor))).name;
  }

  /**
   * The statement of a period: as published (the frozen snapshot) or, before publication, computed now. Published
   * statements are served from `published` after the first read: the caller's access to the community was checked by
   * the guard, and the cache is keyed by that community.
   */
  async get(actor: Actor, key: string): Promise<StatementView> {
    const communityId = communityOf(actor);
    const period = this.period(key);
    const today = chinaDate(new Date());
    const base = { ended: today > period.end, dueBy: dueByOf(period) };
    const pub = await this.publishedStatement(communityId, period);
    if (pub) {
      return {
        ...base,
        body: pub.body,
        published: {
          publishedAt: pub.publishedAt,
          displayUntil: pub.displayUntil,
          onDisplay: pub.displayUntil.getTime() > Date.now(),
        },
      };
    }
    const { s } = await this.settings(this.ds.manager, communityId);
    return { ...base, body: await this.compute(this.ds.manager, communityId, period, s), published: null };
  }

  /**
   * Published statements by community and period. A publication never changes and is never replaced: ledger_statements
   * is append-only for the API role (no UPDATE, DELETE, TRUNCATE) with one row per community and period
   * (uq_ledger_statement_period), so an entry stays exact for the life of the process; the publication's id is kept
   * with it. Only published statements are kept (a computed one changes with every posting). Bounded: the oldest
   * entry leaves first once PUBLISHED_CACHE_MAX are kept.
   */
  private readonly published = new Map<string, PublishedStatement>();

  private async publishedStatement(communityId: string, period: StatementPeriod): Promise<PublishedStatement | null> {
    const cacheKey = `${communityId}|${period.start}|${period.end}`;
    const hit = this.published.get(cacheKey);
    if (hit) return hit;
    const row = await this.ds
      .getRepository(LedgerStatementRow)
      .findOneBy({ communityId, periodStart: period.start, periodEnd: period.end });
    if (!row) return null;
    const entry: PublishedStatement = deepFreeze({
      id: row.id,
      body: row.snapshot as unknown as StatementBody,
      publishedAt: row.publishedAt,
      displayUntil: row.displayUntil,
    });
    if (this.published.size >= PUBLISHED_CACHE_MAX) this.published.delete(this.published.keys().next().value!);
    this.published.set(cacheKey, entry);
    return entry;
  }

  /** Periods of the community's frequency from its first posting (or its creation) to `today` (China date), newest first. */
  async periods(
    m: EntityManager,
    communityId: string,
    today: string = chinaDate(new Date()),
  ): Promise<{ periods: StatementPeriod[]; s: LedgerSettings }> {
    const { s, createdAt } = await this.settings(m, communityId);
    const first: Array<{ d: string | null }> = await m.query(
      `SELECT min(booked_on)::text AS d FROM ledger_postings WHERE community_id = $1`,
      [communityId],
    );
    const created = chinaDate(createdAt);
    const start = first[0]?.d && first[0].d < created ? first[0].d : created;
    const out: StatementPeriod[] = [];
    for (let p = periodFor(start, s.frequency); p.start <= today; p = periodFor(addDays(p.end, 1), s.frequency))
      out.push(p);
    return { periods: out.reverse(), s };
  }

  async list(actor: Actor) {
    const communityId = communityOf(actor);
    const { periods } = await this.periods(this.ds.manager, communityId);
    const published = await this.ds
      .getRepository(LedgerStatementRow)
      .find({ where: { communityId }, order: { periodStart: 'DESC' } });
    const today = chinaDate(new Date());
    const seen = new Set(periods.map(keyOf));
    const extra = published.filter((r) => !seen.has(r.periodKey)).map((r) => this.period(r.periodKey));
    return [...periods, ...extra].map((p) => {
      const row = published.find((r) => r.periodStart === p.start && r.periodEnd === p.end);
      return {
        key: keyOf(p),
        label: p.label,
        start: p.start,
        end: p.end,
        ended: today > p.end,
        dueBy: dueByOf(p),
        published: !!row,
        publishedAt: row?.publishedAt.toISOString() ?? null,
        displayUntil: row?.displayUntil.toISOString() ?? null,
        overdue: !row && today > dueByOf(p),
      };
    });
  }

  /** Publishes (公示) a period that has ended: the statement is frozen with the chain head at that moment. */
  async publish(actor: Actor, key: string, displayDays?: number): Promise<StatementView> {
    const communityId = communityOf(actor);
    const period = this.period(key);
    const today = chinaDate(new Date());
    if (today <= period.end) throw AppError.conflict(`${period.label}尚未结束（${period.end}），结束后才能公示`);
    await this.ds.transaction(async (m) => {
      await lockChain(m, communityId);
      const { s } = await this.settings(m, communityId);
      const days = displayDays ?? s.statementDisplayDays;
      if (days < s.statementDisplayDays) {
        throw new AppError(ErrorCode.VALIDATION_FAILED, `本小区规定公示期不少于 ${s.statementDisplayDays} 天`, {
          fields: [{ field: 'displayDays', messages: [`不能少于 ${s.statementDisplayDays} 天`] }],
        });
      }
      if (
        await m
          .getRepository(LedgerStatementRow)
          .existsBy({ communityId, periodStart: period.start, periodEnd: period.end })
      ) {
        throw AppError.conflict(`${period.label}的收支情况已经公示过`);
      }
      const body = await this.compute(m, communityId, period, s);
      const publishedAt = new Date();
      await m.getRepository(LedgerStatementRow).insert({
        communityId,
        periodKey: body.key,
        periodStart: period.start,
        periodEnd: period.end,
        snapshot: body as never,
        headSeq: body.head.seq,
        headHash: body.head.hash,
        publishedBy: actor.personId,
        publishedAt,
        displayUntil: new Date(publishedAt.getTime() + days * 86_400_000),
      });
      await this.audit.record(
        {
          communityId,
          actorId: actor.personId,
          action: 'ledger.statement.publish',
          targetType: 'ledger_statement',
          targetId: body.key,
          details: { headSeq: body.head.seq },
        },
        m,
      );
    });
    return this.get(actor, key);
  }

  /** For the regulator and the community: which ended periods are published, and which are overdue. */
  async publicationStatus(actor: Actor) {
    const communityId = communityOf(actor);
    const { s } = await this.settings(this.ds.manager, communityId);
    const periods = (await this.list(actor)).filter((p) => p.ended);
    return {
      frequency: s.frequency,
      overdue: periods.some((p) => p.overdue),
      overduePeriods: periods.filter((p) => p.overdue).map((p) => ({ key: p.key, label: p.label, dueBy: p.dueBy })),
      lastPublished: periods.find((p) => p.published) ?? null,
      periods,
    };
  }

  async verify(actor: Actor): Promise<ChainReport> {
    return verifyCommunityChain(this.ds.manager, communityOf(actor));
  }

  /**
   * Balance now and a monthly series (last `months` months) for charts. Summed in SQL (one pass over the community's
   * postings by (community_id, booked_on), nothing hydrated): a reversal counts minus its amount, income plus and
   * expense minus; months before the series make its opening, months after today count only in the balance.
   */
  async balance(actor: Actor, months: number) {
    const communityId = communityOf(actor);
    const today = chinaDate(new Date());
    const keys: string[] = [];
    let y = +today.slice(0, 4);
    let mo = +today.slice(5, 7);
    for (let i = 0; i < months; i++) {
      keys.unshift(`${y}-${String(mo).padStart(2, '0')}`);
      if (--mo === 0) {
        mo = 12;
        y--;
      }
    }
    const rows: Array<{ month: string | null; income: string; expense: string; n: string }> = await this.ds.query(
      `SELECT CASE WHEN booked_on >= $2::date THEN to_char(booked_on, 'YYYY-MM') END AS month,
              COALESCE(sum(CASE WHEN kind = 'income' THEN amount_fen * CASE WHEN reverses_posting_id IS NULL THEN 1 ELSE -1 END END), 0)::text AS income,
              COALESCE(sum(CASE WHEN kind <> 'income' THEN amount_fen * CASE WHEN reverses_posting_id IS NULL THEN 1 ELSE -1 END END), 0)::text AS expense,
              count(*)::text AS n
         FROM ledger_postings WHERE community_id = $1
        GROUP BY 1`,
      [communityId, `${keys[0]!}-01`],
    );
    const series = new Map(keys.map((k) => [k, { month: k, income: 0n, expense: 0n, closing: 0n }]));
    let before = 0n;
    let balance = 0n;
    let count = 0;
    for (const r of rows) {
      const income = BigInt(r.income);
      const expense = BigInt(r.expense);
      balance += income - expense;
      count += Number(r.n);
      const row = r.month === null ? undefined : series.get(r.month);
      if (row) {
        row.income += income;
        row.expense += expense;
      } else if (r.month === null) before += income - expense;
    }
    let running = before;
    for (const r of series.values()) {
      running += r.income - r.expense;
      r.closing = running;
    }
    const head = await chainHead(this.ds.manager, communityId);
    return {
      balanceFen: balance.toString(),
      postingCount: count,
      head: { seq: head.seq.toString(), hash: head.hash },
      months: [...series.values()].map((r) => ({
        month: r.month,
        incomeFen: r.income.toString(),
        expenseFen: r.expense.toString(),
        closingBalanceFen: r.closing.toString(),
      })),
    };
  }
}
