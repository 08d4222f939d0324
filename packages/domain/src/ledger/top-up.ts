import { DomainError } from '../domain-error.js';
import { ErrorCode } from '../errors.js';
import type { Fen } from '../money.js';
import { formatFen } from '../money.js';
import type { Statement } from './statement.js';

/**
 * Maintenance-fund top-up rule for public income (domain-rules.md §5):
 * - none: no rule;
 * - huzhou (Huzhou Art. 45): each quarter at least 50% of the public-income balance, until the fund is back
 *   at its first deposit (a smaller top-up that reaches the first deposit is enough);
 * - beijing (Beijing Art. 74): at least 50% of the public income while the fund is below 30% of its first deposit.
 */
export type TopUpRule = 'none' | 'huzhou' | 'beijing';

export interface TopUpSituation {
  /** Maintenance-fund balance at the start of the period. */
  fundBalance: Fen;
  /** The fund's first deposit (首期交存/应筹集金额). */
  firstDeposit: Fen;
  /** Public-income balance available for the period. */
  publicIncomeBalance: Fen;
}

export interface TopUpRequirement {
  rule: TopUpRule;
  required: boolean;
  minimumFen: Fen;
  reason: string;
}

const halfUp = (x: Fen) => (x + 1n) / 2n; // ⌈x/2⌉ for x ≥ 0: "不低于百分之五十"

export function topUpRequirement(rule: TopUpRule, s: TopUpSituation): TopUpRequirement {
  for (const [k, v] of Object.entries(s)) {
    if (typeof v !== 'bigint' || v < 0n)
      throw new DomainError(ErrorCode.LEDGER_AMOUNT_INVALID, `${k} 必须是非负的整数分`);
  }
  const none = (reason: string): TopUpRequirement => ({ rule, required: false, minimumFen: 0n, reason });
  switch (rule) {
    case 'none':
      return none('本小区未设置公共收益补充维修资金的规则');
    case 'huzhou': {
      if (s.fundBalance >= s.firstDeposit)
        return none('维修资金已达到首期交存金额，可以停止补充（湖州条例第四十五条）');
      const gap = s.firstDeposit - s.fundBalance;
      const half = halfUp(s.publicIncomeBalance);
      const minimumFen = half < gap ? half : gap;
      return {
        rule,
        required: minimumFen > 0n,
        minimumFen,
        reason: `本季度应补充不低于公共收益余额 50% 的维修资金，至少 ${formatFen(minimumFen)}（达到首期交存金额即可停止，湖州条例第四十五条）`,
      };
    }
    case 'beijing': {
      if (10n * s.fundBalance >= 3n * s.firstDeposit)
        return none('维修资金余额不低于首期应筹集金额的 30%，不强制补充（北京条例第七十四条）');
      const minimumFen = halfUp(s.publicIncomeBalance);
      return {
        rule,
        required: minimumFen > 0n,
        minimumFen,
        reason: `维修资金余额不足首期应筹集金额的 30%，应优先将不低于 50% 的公共收益 ${formatFen(minimumFen)} 用于补充（北京条例第七十四条）`,
      };
    }
    default:
      throw new DomainError(ErrorCode.VALIDATION_FAILED, '维修资金补充规则无效');
  }
}

/** Whether the statement's fund top-ups (net of reversals) meet the requirement. */
export function statementMeetsTopUp(
  statement: Statement,
  requirement: TopUpRequirement,
): { met: boolean; toppedUp: Fen; shortfall: Fen } {
  const toppedUp = statement.expense.byCategory.fund_topup;
  const shortfall = requirement.minimumFen > toppedUp ? requirement.minimumFen - toppedUp : 0n;
  return { met: shortfall === 0n, toppedUp, shortfall };
}
