import { ErrorCode } from '../errors.js';
import {
  ballotRefusal,
  buildElectorate,
  coOwnerIdsOf,
  DEFAULT_VOTE_SETTINGS,
  OWNER_BINDING_APPROVER_ROLES,
  ownerBindingApproval,
} from './index.js';

describe('who casts a head online (issue 13)', () => {
  it('an owner binding needs two different committee members; one, or one twice, leaves it awaiting the second', () => {
    expect(ownerBindingApproval([])).toEqual({ approvals: 0, required: 2, state: 'awaiting_first' });
    expect(ownerBindingApproval(['m1'])).toEqual({ approvals: 1, required: 2, state: 'awaiting_second' });
    expect(ownerBindingApproval(['m1', 'm1'])).toEqual({ approvals: 1, required: 2, state: 'awaiting_second' });
    expect(ownerBindingApproval(['m1', 'm2'])).toEqual({ approvals: 2, required: 2, state: 'approved' });
    // Never the property company.
    expect(OWNER_BINDING_APPROVER_ROLES).toEqual(['committee_chair', 'committee_member']);
  });

  it('reads the co-owners of a co-owned head from its frozen key', () => {
    expect(coOwnerIdsOf('co:a+b+c')).toEqual(['a', 'b', 'c']);
    expect(coOwnerIdsOf('owner:a')).toEqual([]);
    expect(coOwnerIdsOf('developer')).toEqual([]);
  });

  it('says why a ballot is refused, in plain words, with what to do', () => {
    const co = ballotRefusal({ coOwnerNotDesignated: true, pendingOwnerBinding: { approvals: 1 } });
    expect(co.code).toBe(ErrorCode.VOTE_NOT_DESIGNATED_VOTER);
    expect(co.message).toContain('您不是指定投票人');
    const first = ballotRefusal({ coOwnerNotDesignated: false, pendingOwnerBinding: { approvals: 0 } });
    expect(first.code).toBe(ErrorCode.VOTE_OWNER_NOT_VERIFIED);
    expect(first.message).toContain('等待委员确认');
    const second = ballotRefusal({ coOwnerNotDesignated: false, pendingOwnerBinding: { approvals: 1 } });
    expect(second.message).toContain('等待第二位委员确认');
    const none = ballotRefusal({ coOwnerNotDesignated: false, pendingOwnerBinding: null });
    expect(none.code).toBe(ErrorCode.VOTE_NOT_IN_ELECTORATE);
    expect(none.message).toContain('验证与名册一致的手机号');
    for (const r of [co, first, second, none]) expect(r.message).not.toMatch(/[A-Za-z]/);
  });

  it('keeps the published v1 fingerprint of a fixed roster (votes already open or final keep verifying)', () => {
    const e = buildElectorate(
      [
        { id: 'u1', buildingId: 'b1', kind: 'flat', registeredAreaHundredths: 8000 },
        { id: 'u2', buildingId: 'b1', kind: 'flat', registeredAreaHundredths: 9000 },
        { id: 'u3', buildingId: 'b1', kind: 'flat', surveyedAreaHundredths: 10000 },
      ],
      [
        { unitId: 'u1', ownerId: 'p1', isDeveloper: false },
        { unitId: 'u2', ownerId: 'p2', isDeveloper: false, designatedVoter: true },
        { unitId: 'u2', ownerId: 'p3', isDeveloper: false },
        { unitId: 'u3', ownerId: 'dev', isDeveloper: true },
      ],
      { kind: 'community' },
      DEFAULT_VOTE_SETTINGS,
    );
    // Pinned before issue 13: who casts a head is resolved at cast time (owner links), outside the fingerprint.
    expect(e.fingerprint).toBe('09ab15f937298e2541d3d9404e819f00112a471475a57019c539b245d4bb359d');
  });
});
