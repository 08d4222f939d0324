import type { CheckedText } from '../../common/content-check.js';
import type { EntryDraftDto } from './dto/entry.dto.js';

/** The texts of a ledger entry that the community reads (content security, domain-rules §9), with their field names. */
export function entryTexts(dto: EntryDraftDto): CheckedText[] {
  return [
    { field: 'counterparty', label: '付款方', text: dto.counterparty },
    { field: 'payee', label: '收款方', text: dto.payee },
    { field: 'contractRef', label: '合同编号或名称', text: dto.contractRef },
    { field: 'purpose', label: '用途说明', text: dto.purpose },
    ...(dto.costs ?? []).map((c, i) => ({ field: `costs.${i}.label`, label: '成本项目', text: c.label })),
  ];
}
