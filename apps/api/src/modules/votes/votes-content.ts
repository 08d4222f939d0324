import type { CheckedText } from '../../common/content-check.js';
import type { DraftResolutionDto } from './dto/resolution.dto.js';

/** The texts of a resolution draft every owner reads (content security, domain-rules §9), with their field names. */
export function resolutionTexts(dto: DraftResolutionDto): CheckedText[] {
  return [
    { field: 'title', label: '表决标题', text: dto.title },
    { field: 'explanation', label: '表决说明', text: dto.explanation },
    ...(dto.items ?? []).flatMap((item, i) => [
      { field: `items.${i}.title`, label: '表决事项', text: item.title },
      { field: `items.${i}.description`, label: '事项说明', text: item.description },
    ]),
  ];
}
