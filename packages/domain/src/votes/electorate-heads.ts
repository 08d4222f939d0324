import { ErrorCode } from '../errors.js';

/**
 * Who casts a head of a frozen electorate online (docs/votes.md "Who casts a head online").
 *
 * The electorate is frozen as heads — roster owner identities with their units and areas (`buildElectorate`) — and
 * never rewritten. An account casts a head when it IS the head's casting identity, or when that roster identity has
 * been linked to the account: by the account's own WeChat-verified phone matching the roster, or by an owner binding
 * confirmed by two committee members. The link is resolved at cast time, so a unit sold during the vote still lets
 * the frozen owner vote (the buyer is not in this vote's electorate).
 */

/** Roles whose members may confirm an owner binding. Never the property company. */
export const OWNER_BINDING_APPROVER_ROLES = ['committee_chair', 'committee_member'] as const;
// Extension point: before a committee exists the subdistrict officer (街道办工作人员) confirms owner bindings. That
// role does not exist yet (committee-formation issue); when it is added, it joins here and `ownerBindingApproval`
// takes whether the community has a committee.

/** Distinct confirmations an owner binding needs: two members, never one alone. */
export const OWNER_BINDING_APPROVALS_REQUIRED = 2;

export type OwnerBindingApprovalState = 'awaiting_first' | 'awaiting_second' | 'approved';

export const OWNER_BINDING_STATE_LABEL: Record<OwnerBindingApprovalState, string> = {
  awaiting_first: '等待委员确认',
  awaiting_second: '等待第二位委员确认',
  approved: '已通过',
};

/** The state of an owner binding from its confirmations (one per approver; duplicates count once). */
export function ownerBindingApproval(approverIds: readonly string[]): {
  approvals: number;
  required: number;
  state: OwnerBindingApprovalState;
} {
  const approvals = new Set(approverIds).size;
  const required = OWNER_BINDING_APPROVALS_REQUIRED;
  const state = approvals >= required ? 'approved' : approvals === 0 ? 'awaiting_first' : 'awaiting_second';
  return { approvals, required, state };
}

/** The owner ids of a co-owned head (`co:<a>+<b>`), empty for other heads. */
export function coOwnerIdsOf(voterKey: string): string[] {
  return voterKey.startsWith('co:') ? voterKey.slice(3).split('+') : [];
}

export type BallotRefusal = { code: ErrorCode; message: string };

/**
 * Why an account that casts no head of an open vote is refused, in plain words and with what to do:
 * - one of the co-owners of a head, but not its designated voter;
 * - asked to be bound as owner of a unit of the vote and not yet confirmed;
 * - otherwise not in the electorate (a roster owner who has not verified their phone is told how).
 */
export function ballotRefusal(facts: {
  coOwnerNotDesignated: boolean;
  pendingOwnerBinding: { approvals: number } | null;
}): BallotRefusal {
  if (facts.coOwnerNotDesignated) {
    return {
      code: ErrorCode.VOTE_NOT_DESIGNATED_VOTER,
      message:
        '这套房屋为共有房屋，本次表决由共有人指定的一位投票人投票，您不是指定投票人。如需更换，须在下次表决开始前经全体共有人同意；本次也可与指定投票人商量，由其投票。',
    };
  }
  if (facts.pendingOwnerBinding) {
    const waiting = facts.pendingOwnerBinding.approvals > 0 ? '等待第二位委员确认' : '等待委员确认';
    return {
      code: ErrorCode.VOTE_OWNER_NOT_VERIFIED,
      message: `您的业主身份尚未核实（业主绑定申请${waiting}，须两位业委会委员确认）。确认后即可在投票截止前投票；也可在“我的”中验证与名册一致的手机号，立即核实。`,
    };
  }
  return {
    code: ErrorCode.VOTE_NOT_IN_ELECTORATE,
    message:
      '您不在本次表决的业主名册内（名册在投票开始时确定）。如果您是名册中的业主，请在“我的”中验证与名册一致的手机号，或提交业主绑定申请（须两位业委会委员确认）；如有疑问请联系业委会。',
  };
}
