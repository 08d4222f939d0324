import { maskPhone } from '@gongzhi/domain';
import type { BindingView } from './binding.service.js';
import type { BindingDto } from './dto/binding.dto.js';

/** Lists every field on purpose; `forApplicant` decides whether the typed phone is shown in full. */
export function toBindingDto(b: BindingView, forApplicant: boolean): BindingDto {
  return {
    id: b.id,
    communityId: b.communityId,
    communityName: b.communityName,
    building: b.building,
    entrance: b.entrance,
    room: b.room,
    relation: b.relation,
    status: b.status,
    autoApproved: b.autoApproved,
    reason: b.reason,
    applicantName: b.applicantName,
    applicantPhone: b.applicantPhone ? (forApplicant ? b.applicantPhone : maskPhone(b.applicantPhone)) : null,
    // The applicant is never told whether the phone they typed is the roster's (that would turn any phone number
    // into a home, issue 15); the reviewers, who hold the roster, see it.
    matchesRoster: forApplicant ? false : b.matchesRoster,
    documentFileId: b.documentFileId,
    approvals: b.approvals,
    approvalsRequired: b.approvalsRequired,
    waitingFor: b.waitingFor,
    approvedByMe: b.approvedByMe,
    createdAt: b.createdAt,
    decidedAt: b.decidedAt,
  };
}
