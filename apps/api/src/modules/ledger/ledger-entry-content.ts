import { isCategoryOf, netIncome, parseDate, type EntryKind, type FieldError, type Fen } from '@gongzhi/domain';
import { validationError } from '../../common/validation.js';
import type { EntryDraftDto } from './dto/entry.dto.js';
import { type EntryCost } from './entities/ledger-entry.entity.js';
import { AmountReader } from './ledger-amounts.js';
import { fromDomain } from '../../common/from-domain.js';

/** Validates a draft's content and returns the columns it sets. Amount problems: LEDGER.AMOUNT_INVALID per field. */
export function entryContent(dto: EntryDraftDto, today: string) {
  const kind = dto.kind as EntryKind;
  const fields: FieldError[] = [];
  const field = (f: string, msg: string) => fields.push({ field: f, messages: [msg] });
  if (!isCategoryOf(kind, dto.category)) field('category', kind === 'income' ? '不是收入类别' : '不是支出类别');
  const bookedOn = dto.bookedOn ?? today;
  for (const [f, v] of [
    ['bookedOn', bookedOn],
    ['coveredFrom', dto.coveredFrom],
    ['coveredTo', dto.coveredTo],
  ] as const) {
    if (v === undefined) continue;
    try {
      parseDate(v);
    } catch {
      field(f, '不是有效的日期');
    }
  }
  if (bookedOn > today) field('bookedOn', '记账日期不能是将来');
  if (dto.coveredFrom && dto.coveredTo && dto.coveredFrom > dto.coveredTo)
    field('coveredTo', '所属期间的结束日期不能早于开始日期');
  const amounts = new AmountReader();
  let amountFen: Fen | null = null;
  let grossFen: Fen | null = null;
  let costs: EntryCost[] = [];
  if (kind === 'income') {
    if (dto.amountYuan !== undefined) field('amountYuan', '收入请填写毛收入 grossAmountYuan 和成本 costs');
    if (dto.payee !== undefined) field('payee', '收入请填写付款方 counterparty');
    if (dto.resolutionId !== undefined) field('resolutionId', '收入不需要决议');
    if (!dto.counterparty?.trim()) field('counterparty', '请填写付款方');
    grossFen = amounts.read('grossAmountYuan', dto.grossAmountYuan, { required: true });
    const costFens = (dto.costs ?? []).map((c, i) =>
      amounts.read(`costs.${i}.amountYuan`, c.amountYuan, { required: true }),
    );
    const net = amounts.read('netAmountYuan', dto.netAmountYuan, { required: false });
    if (grossFen !== null && costFens.every((c): c is Fen => c !== null)) {
      const costsTotal = costFens.reduce((a, b) => a + b, 0n);
      if (costsTotal > grossFen)
        amounts.problems.push({ field: 'costs', messages: ['扣除的成本合计不能超过毛收入，请核对成本凭证'] });
      else {
        amountFen = fromDomain(() => netIncome(grossFen!, costFens));
        if (amountFen === 0n)
          amounts.problems.push({ field: 'costs', messages: ['成本等于毛收入，净收入为 0，无需入账'] });
        if (net !== null && net !== amountFen)
          amounts.problems.push({ field: 'netAmountYuan', messages: ['净收入必须等于毛收入减去各项成本'] });
      }
      costs = (dto.costs ?? []).map((c, i) => ({
        label: c.label,
        amountFen: costFens[i]!.toString(),
        evidenceFileIds: c.evidenceFileIds,
      }));
    }
  } else {
    for (const f of [
      'grossAmountYuan',
      'netAmountYuan',
      'costs',
      'counterparty',
      'coveredFrom',
      'coveredTo',
    ] as const) {
      if (dto[f] !== undefined) field(f, '支出不填写此项');
    }
    if (!dto.payee?.trim()) field('payee', '请填写收款方');
    if (!dto.purpose?.trim()) field('purpose', '请填写支出用途');
    amountFen = amounts.read('amountYuan', dto.amountYuan, { required: true });
  }
  if (fields.length) throw validationError(fields);
  amounts.throwIfAny();
  return {
    kind,
    category: dto.category,
    amountFen: amountFen!.toString(),
    grossFen: grossFen?.toString() ?? null,
    costs,
    counterparty: (kind === 'income' ? dto.counterparty : dto.payee)?.trim() ?? '',
    contractRef: dto.contractRef?.trim() ?? '',
    coveredFrom: dto.coveredFrom ?? null,
    coveredTo: dto.coveredTo ?? null,
    purpose: dto.purpose?.trim() ?? '',
    resolutionId: dto.resolutionId ?? null,
    bookedOn,
  };
}
