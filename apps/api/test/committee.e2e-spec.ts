import { recordCommitteesBeforeElections } from '../src/database/migrations/1797000500000-committee.js';
import { ownerQuery, startTestApp, type TestApp } from './harness.js';
import { electionCommunity, freshAs, runElection, type Choice } from './committee-helpers.js';
import type { CommunityFixture } from './factories.js';
import { days, draftBody, TestClock } from './votes-helpers.js';

const Y: Choice = 'yes';
const N: Choice = 'no';
const ALL = ['owner1', 'owner2', 'owner3', 'owner4', 'owner5', 'owner6'];

/**
 * No single insider decides (issue 16, domain-rules §10): committee members come only from an owners' election (a
 * matter-type-3 vote, one item per candidate), officers from the members' first meeting, and roles take effect only
 * when the subdistrict (and in Zhejiang the district) confirms the filing; a 物业管理委员会 formed by the
 * subdistrict acts until an elected committee replaces it; the community reads every step.
 */
describe('committee elections and filings', () => {
  let t: TestApp;
  let clock: TestClock;
  beforeAll(async () => {
    t = await startTestApp();
    clock = new TestClock(t);
  });
  afterAll(() => t.close());

  const term = async (c: CommunityFixture, id: string, who = 'owner1') =>
    t
      .req()
      .get(`/api/v1/committee/terms/${id}`)
      .set(await fresh(c, who))
      .expect(200);
  /** POST as `who` (with a current token); `.expect(status)` names the answer when it differs. */
  const post = (c: CommunityFixture, who: string, path: string, body: object = {}) => ({
    expect: async (status: number) => {
      const res = await t
        .req()
        .post(`/api/v1/committee/${path}`)
        .set(await fresh(c, who))
        .send(body);
      if (res.status !== status)
        throw new Error(`${who} POST ${path}: expected ${status}, got ${res.status} ${JSON.stringify(res.body)}`);
      return res;
    },
  });
  const fresh = (c: CommunityFixture, key: string) => freshAs(t, c, key);
  const committeeRoles = async (c: CommunityFixture) =>
    (
      await ownerQuery<{ person_id: string; role: string; basis: string }>(
        `SELECT person_id, role, basis FROM role_assignments WHERE community_id = $1
          AND role IN ('committee_chair', 'committee_member') ORDER BY role, person_id`,
        [c.communityId],
      )
    ).map((r) => ({ ...r }));

  it('the chair can no longer appoint committee members by phone (the old attack: appoint four, then approve "5/9")', async () => {
    const c = await electionCommunity(t);
    const before = await committeeRoles(c);
    for (let i = 0; i < 4; i++) {
      const res = await t
        .req()
        .post('/api/v1/roles')
        .set(c.as('chair'))
        .send({ phone: `1360000000${i}`, name: `亲信${i}`, role: 'committee_member' })
        .expect(403);
      expect(res.body.error.message).toContain('选举产生');
    }
    await t
      .req()
      .post('/api/v1/roles')
      .set(c.as('chair'))
      .send({ phone: '13600000009', name: '亲信', role: 'committee_chair' })
      .expect(403);
    // Nor can a member be removed by the chair: seats end by resignation, recall or a new filing.
    const roles = await t.req().get('/api/v1/roles').set(c.as('chair')).expect(200);
    const m4 = roles.body.find((r: { name: string }) => r.name === '委员4');
    await t.req().delete(`/api/v1/roles/${m4.id}`).set(c.as('chair')).expect(403);
    expect(await committeeRoles(c)).toEqual(before);
    // With the committee as it was, the chair alone still approves nothing: 1 of 5 is no majority.
    const d = await t.req().post('/api/v1/resolutions').set(c.as('chair')).send(draftBody(clock)).expect(201);
    const a = await t.req().post(`/api/v1/resolutions/${d.body.id}/approve`).set(c.as('chair')).expect(200);
    expect(a.body.status).toBe('draft');
    // Property roles are given inside the property company, by its manager — not by the chair.
    await t
      .req()
      .post('/api/v1/roles')
      .set(c.as('chair'))
      .send({ phone: '13600000011', name: '新维修工', role: 'property_staff' })
      .expect(403);
    await t
      .req()
      .post('/api/v1/roles')
      .set(c.as('manager'))
      .send({ phone: '13600000011', name: '新维修工', role: 'property_staff' })
      .expect(201);
  });

  it('more candidates than seats: the best ranked are elected, the others who passed become alternates', async () => {
    const c = await electionCommunity(t);
    // o1-o3 yes from all six; o4 yes from owner1-4 (380 m²); o5 yes from owner1-3 and owner5 (390 m²).
    const ballots: Record<string, Choice[]> = {
      owner1: [Y, Y, Y, Y, Y],
      owner2: [Y, Y, Y, Y, Y],
      owner3: [Y, Y, Y, Y, Y],
      owner4: [Y, Y, Y, Y, N],
      owner5: [Y, Y, Y, N, Y],
      owner6: [Y, Y, Y, N, N],
    };
    const { termId } = await runElection(t, c, clock, {
      seats: 3,
      candidates: ['owner1', 'owner2', 'owner3', 'owner4', 'owner5'],
      ballots,
    });
    // Until it is decided nothing changes; a decision before the result is final is refused (tested below).
    const decided = await post(c, 'owner6', `terms/${termId}/decide`).expect(200);
    expect(decided.body).toMatchObject({ status: 'formed', formed: true, statusLabel: '已当选，待选举主任' });
    const outcome = Object.fromEntries(
      decided.body.candidates.map((x: { personId: string; outcome: string; rank: number }) => [x.personId, x]),
    );
    for (const k of ['owner1', 'owner2', 'owner3']) expect(outcome[c.people[k]].outcome).toBe('elected');
    expect(outcome[c.people.owner5]).toMatchObject({ outcome: 'alternate', rank: 4 });
    expect(outcome[c.people.owner4]).toMatchObject({ outcome: 'alternate', rank: 5 });
    expect(decided.body.members.filter((m: { standing: string }) => m.standing === 'member')).toHaveLength(3);
    // Being elected gives no role yet: the fixture's recorded committee stays until a filing is confirmed.
    expect((await committeeRoles(c)).every((r) => r.basis === null || r.basis !== 'filing')).toBe(true);
    await post(c, 'owner6', `terms/${termId}/decide`).expect(409);
  });

  it('a tie for the last seats elects none of the tied; with three elected of five seats the committee still forms', async () => {
    const c = await electionCommunity(t);
    const ballots: Record<string, Choice[]> = Object.fromEntries(
      ALL.map((o, i) => [o, [Y, Y, Y, ...(i < 4 ? [Y, Y, Y] : [N, N, N])]]),
    );
    const { termId } = await runElection(t, c, clock, { seats: 5, candidates: ALL, ballots });
    const d = await post(c, 'owner1', `terms/${termId}/decide`).expect(200);
    const by = (k: string) => d.body.candidates.find((x: { personId: string }) => x.personId === c.people[k]);
    for (const k of ['owner1', 'owner2', 'owner3']) expect(by(k).outcome).toBe('elected');
    for (const k of ['owner4', 'owner5', 'owner6'])
      expect(by(k)).toMatchObject({ outcome: 'tied', outcomeLabel: '得票相同，未当选' });
    expect(d.body).toMatchObject({ formed: true, status: 'formed' });
    expect(d.body.decisionReason).toContain('得票相同');
  });

  it('too few elected: the committee does not form and nobody gets a seat', async () => {
    const c = await electionCommunity(t);
    const ballots: Record<string, Choice[]> = Object.fromEntries(ALL.map((o) => [o, [Y, Y, N]]));
    const { termId, resolutionId } = await runElection(t, c, clock, {
      seats: 3,
      candidates: ['owner1', 'owner2', 'owner3'],
      ballots,
    });
    const d = await post(c, 'owner2', `terms/${termId}/decide`).expect(200);
    expect(d.body).toMatchObject({ status: 'failed', formed: false, members: [] });
    expect(d.body.decisionReason).toContain('不足最低人数 3 人');
    await post(c, 'owner1', `terms/${termId}/officer-votes`, { chairId: c.people.owner1 }).expect(409);
    // The vote itself is an ordinary owners' vote: three items of matter type 3.
    const r = await t.req().get(`/api/v1/resolutions/${resolutionId}`).set(c.as('owner1')).expect(200);
    expect(r.body.items.map((i: { matterType: number }) => i.matterType)).toEqual([3, 3, 3]);
    // A new election may be set up after a failed one.
    await post(c, 'chair', 'elections', {
      seats: 3,
      candidateIds: [c.people.owner4, c.people.owner5, c.people.owner6],
      votingOpensAt: days(clock.now, 16).toISOString(),
    }).expect(201);
  });

  it('refuses a bad election: even or too few seats, a candidate who is not an owner, a second election at once', async () => {
    const c = await electionCommunity(t);
    const body = {
      seats: 3,
      candidateIds: [c.people.owner1, c.people.owner2],
      votingOpensAt: days(clock.now, 16).toISOString(),
    };
    const even = await post(c, 'chair', 'elections', { ...body, seats: 4 }).expect(400);
    expect(even.body.error.details.fields[0]).toMatchObject({ field: 'seats' });
    const stranger = await post(c, 'chair', 'elections', {
      ...body,
      candidateIds: [c.people.owner1, c.people.stranger],
    }).expect(400);
    expect(stranger.body.error.details.fields[0].messages[0]).toContain('业主');
    await post(c, 'owner1', 'elections', body).expect(403);
    await post(c, 'chair', 'elections', body).expect(201);
    await post(c, 'chair', 'elections', body).expect(409);
    const [{ n }] = await ownerQuery(`SELECT count(*)::int AS n FROM committee_terms WHERE community_id = $1`, [
      c.communityId,
    ]);
    expect(n).toBe(1);
  });

  describe('first meeting, filing, confirmation', () => {
    let c: CommunityFixture;
    let termId: string;
    beforeAll(async () => {
      c = await electionCommunity(t);
      const ballots: Record<string, Choice[]> = Object.fromEntries(ALL.map((o) => [o, [Y, Y, Y, N]]));
      ({ termId } = await runElection(t, c, clock, {
        seats: 3,
        candidates: ['owner1', 'owner2', 'owner3', 'owner4'],
        ballots,
      }));
      await post(c, 'owner6', `terms/${termId}/decide`).expect(200);
    });

    it('the members elect the chair at the first meeting: more than half of ALL members, members only, once each', async () => {
      await post(c, 'owner4', `terms/${termId}/officer-votes`, { chairId: c.people.owner2 }).expect(403);
      await post(c, 'owner1', `terms/${termId}/officer-votes`, { chairId: c.people.owner4 }).expect(400);
      const one = await post(c, 'owner1', `terms/${termId}/officer-votes`, {
        chairId: c.people.owner2,
        viceChairId: c.people.owner3,
      }).expect(200);
      expect(one.body).toMatchObject({ status: 'formed', officerVotes: 1 });
      await post(c, 'owner1', `terms/${termId}/officer-votes`, { chairId: c.people.owner2 }).expect(409);
      const two = await post(c, 'owner3', `terms/${termId}/officer-votes`, {
        chairId: c.people.owner2,
        viceChairId: c.people.owner3,
      }).expect(200);
      expect(two.body).toMatchObject({ status: 'officers', statusLabel: '已选出主任，待备案' });
      const labels = Object.fromEntries(
        two.body.members.map((m: { personId: string; label: string }) => [m.personId, m.label]),
      );
      expect(labels[c.people.owner2]).toBe('主任');
      expect(labels[c.people.owner3]).toBe('副主任');
      expect(labels[c.people.owner1]).toBe('委员');
      expect(new Date(two.body.officersDueAt).getTime()).toBeGreaterThan(0);
    });

    it('a filing refused by the subdistrict is corrected and filed again; the confirmed one puts the elected in office', async () => {
      await post(c, 'owner1', `terms/${termId}/file`).expect(403); // only the elected chair files
      const filed = await post(c, 'owner2', `terms/${termId}/file`).expect(200);
      expect(filed.body).toMatchObject({ status: 'filed', authorities: ['subdistrict'] });
      expect(filed.body.filing).toMatchObject({ round: 1, resolutionTitle: '选举业主委员会' });
      expect(filed.body.filing.members.map((m: { name: string }) => m.name).sort()).toEqual([
        '业主1',
        '业主2',
        '业主3',
      ]);
      // Not the old chair, not the regulator of a default-profile community, not an owner.
      await post(c, 'chair', `terms/${termId}/confirm`).expect(403);
      await post(c, 'owner1', `terms/${termId}/confirm`).expect(403);
      await post(c, 'regulator', `terms/${termId}/confirm`).expect(403);
      await post(c, 'subofficer', `terms/${termId}/refuse`, { reason: '' }).expect(400);
      const refused = await post(c, 'subofficer', `terms/${termId}/refuse`, { reason: '缺少管理规约' }).expect(200);
      expect(refused.body).toMatchObject({ status: 'refused', refusedReason: '缺少管理规约' });
      await post(c, 'subofficer', `terms/${termId}/confirm`).expect(409);
      expect((await committeeRoles(c)).some((r) => r.person_id === c.people.owner2)).toBe(false);

      await post(c, 'owner2', `terms/${termId}/file`).expect(200);
      const ok = await post(c, 'subofficer', `terms/${termId}/confirm`).expect(200);
      expect(ok.body).toMatchObject({ status: 'confirmed', statusLabel: '已备案生效' });
      expect(ok.body.confirmations.map((x: { decision: string; round: number }) => [x.round, x.decision])).toEqual([
        [1, 'refuse'],
        [2, 'confirm'],
      ]);
      expect(await committeeRoles(c)).toEqual(
        [
          { person_id: c.people.owner2, role: 'committee_chair', basis: 'filing' },
          { person_id: c.people.owner1, role: 'committee_member', basis: 'filing' },
          { person_id: c.people.owner3, role: 'committee_member', basis: 'filing' },
        ].sort((a, b) => (a.role === b.role ? (a.person_id < b.person_id ? -1 : 1) : a.role < b.role ? -1 : 1)),
      );
      // The old chair's token is revoked and the new chair approves drafts; 2 of 3 is a majority.
      await t.req().get('/api/v1/me').set(c.as('chair')).expect(401);
      await t.req().get('/api/v1/me').set(c.as('owner2')).expect(401); // a changed role set means a fresh sign-in
      const d = await t
        .req()
        .post('/api/v1/resolutions')
        .set(await fresh(c, 'owner2'))
        .send(draftBody(clock))
        .expect(201);
      await t
        .req()
        .post(`/api/v1/resolutions/${d.body.id}/approve`)
        .set(await fresh(c, 'owner2'))
        .expect(200);
      const a = await t
        .req()
        .post(`/api/v1/resolutions/${d.body.id}/approve`)
        .set(await fresh(c, 'owner1'))
        .expect(200);
      expect(a.body.status).toBe('approved');
    });

    it('owners read the record: office holders by name, owners by room, no phone numbers', async () => {
      const rec = await t.req().get('/api/v1/committee/record').set(c.as('owner6')).expect(200);
      const entries: Array<{ action: string; who: string; about: string | null }> = rec.body.entries;
      const find = (action: string) => entries.filter((e) => e.action === action);
      expect(find('committee.refused')[0].who).toBe('街道干部');
      expect(find('committee.confirmed_by')[0].who).toBe('街道干部');
      expect(find('committee.filed')[0].who).toBe('业主2'); // the chair, by name
      expect(find('committee.election_decided')[0].who).toBe('1幢106业主'); // an owner: by room only
      expect(find('role.assigned').map((e) => e.about)).toEqual(expect.arrayContaining(['业主1', '业主2', '业主3']));
      expect(find('role.removed').map((e) => e.about)).toEqual(expect.arrayContaining(['主任', '委员1']));
      expect(JSON.stringify(rec.body)).not.toMatch(/1[3-9]\d{9}/);
    });

    it("a member's candidacy, seat and first-meeting vote are in their my-data export", async () => {
      const mine = await t
        .req()
        .get('/api/v1/me/data')
        .set(await fresh(c, 'owner3'))
        .expect(200);
      expect(mine.body.committee.map((e: { as: string; detail: string | null }) => [e.as, e.detail]).sort()).toEqual([
        ['candidate', null],
        ['member', 'vice_chair'],
        ['officer_vote', c.people.owner2],
      ]);
    });
  });

  it('in Zhejiang the district regulator confirms too; roles wait for both', async () => {
    const c = await electionCommunity(t, { settings: { committeeProfile: 'zhejiang' } });
    const ballots: Record<string, Choice[]> = Object.fromEntries(ALL.map((o) => [o, [Y, Y, Y]]));
    const { termId } = await runElection(t, c, clock, {
      seats: 3,
      candidates: ['owner1', 'owner2', 'owner3'],
      ballots,
    });
    await post(c, 'owner5', `terms/${termId}/decide`).expect(200);
    for (const who of ['owner1', 'owner2'])
      await post(c, who, `terms/${termId}/officer-votes`, { chairId: c.people.owner1 }).expect(200);
    const filed = await post(c, 'owner1', `terms/${termId}/file`).expect(200);
    expect(filed.body.authorities).toEqual(['subdistrict', 'regulator']);
    const half = await post(c, 'subofficer', `terms/${termId}/confirm`).expect(200);
    expect(half.body.status).toBe('filed');
    await post(c, 'subofficer', `terms/${termId}/confirm`).expect(409);
    expect((await committeeRoles(c)).some((r) => r.basis === 'filing')).toBe(false);
    const both = await post(c, 'regulator', `terms/${termId}/confirm`).expect(200);
    expect(both.body.status).toBe('confirmed');
    expect((await committeeRoles(c)).filter((r) => r.basis === 'filing')).toHaveLength(3);
  });

  it('the subdistrict forms a 物业管理委员会, which acts as the committee until an elected one replaces it', async () => {
    const c = await electionCommunity(t, { noCommittee: true });
    const members = (owners: string[]) => [
      { personId: c.people.subofficer, affiliation: 'subdistrict' },
      { personId: c.people.officer, affiliation: 'neighbourhood' },
      { personId: c.people.stranger, affiliation: 'developer' },
      ...owners.map((o) => ({ personId: c.people[o], affiliation: 'owner' })),
    ];
    // Rules checked: owners at least half, an odd 7–11, owner representatives own a unit.
    const few = await post(c, 'subofficer', 'management', { members: members(['owner1', 'owner2', 'owner3']) }).expect(
      400,
    );
    expect(few.body.error.details.fields[0].messages[0]).toContain('单数');
    const notOwner = await post(c, 'subofficer', 'management', {
      members: [...members(['owner1', 'owner2', 'owner3']), { personId: c.people.tenant, affiliation: 'owner' }],
    }).expect(400);
    expect(notOwner.body.error.details.fields[0].messages[0]).toContain('不是本小区业主');
    await post(c, 'officer', 'management', { members: members(['owner1', 'owner2', 'owner3', 'owner4']) }).expect(403);
    const made = await post(c, 'subofficer', 'management', {
      members: members(['owner1', 'owner2', 'owner3', 'owner4']),
    }).expect(201);
    expect(made.body).toMatchObject({ kind: 'management', status: 'publicised', kindLabel: '物业管理委员会' });
    const chair = made.body.members.find((m: { office: string | null }) => m.office === 'chair');
    expect(chair).toMatchObject({ personId: c.people.subofficer, label: '主任（街道办事处代表）' });
    const id = made.body.id as string;
    // Publicised at least 7 days, then confirmed by the district regulator (not by the subdistrict itself).
    await post(c, 'regulator', `terms/${id}/confirm`).expect(409);
    clock.advanceDays(7);
    await post(c, 'subofficer', `terms/${id}/confirm`).expect(403);
    await post(c, 'regulator', `terms/${id}/confirm`).expect(200);
    expect((await committeeRoles(c)).filter((r) => r.basis === 'filing')).toHaveLength(7);

    // Acting as the committee, it organises the election (4 of 7 approve the draft).
    const ballots: Record<string, Choice[]> = Object.fromEntries(ALL.map((o) => [o, [Y, Y, Y]]));
    const { termId } = await runElection(t, c, clock, {
      seats: 3,
      candidates: ['owner4', 'owner5', 'owner6'],
      ballots,
      organiser: 'subofficer',
      approvers: ['subofficer', 'owner1', 'owner2', 'owner3'],
    });
    await post(c, 'owner1', `terms/${termId}/decide`).expect(200);
    for (const who of ['owner5', 'owner6'])
      await post(c, who, `terms/${termId}/officer-votes`, { chairId: c.people.owner5 }).expect(200);
    await post(c, 'owner5', `terms/${termId}/file`).expect(200);
    await post(c, 'subofficer', `terms/${termId}/confirm`).expect(200);
    const mgmt = await term(c, id);
    expect(mgmt.body.status).toBe('superseded');
    const roles = await committeeRoles(c);
    expect(roles.map((r) => r.person_id).sort()).toEqual([c.people.owner4, c.people.owner5, c.people.owner6].sort());
    expect(roles.find((r) => r.role === 'committee_chair')?.person_id).toBe(c.people.owner5);
  });

  it("today's committees become 'recorded before elections', flagged in the record, until a confirmed filing replaces them", async () => {
    const c = await electionCommunity(t);
    await recordCommitteesBeforeElections({ query: (sql: string) => ownerQuery(sql) });
    await recordCommitteesBeforeElections({ query: (sql: string) => ownerQuery(sql) }); // idempotent
    const list = await t.req().get('/api/v1/committee/terms').set(c.as('owner1')).expect(200);
    expect(list.body).toHaveLength(1);
    expect(list.body[0]).toMatchObject({ kind: 'recorded', status: 'recorded', statusLabel: '选举功能上线前录入' });
    expect(list.body[0].members.map((m: { name: string; label: string }) => `${m.name}:${m.label}`).sort()).toEqual([
      '主任:主任',
      '委员1:委员',
      '委员2:委员',
      '委员3:委员',
      '委员4:委员',
    ]);
    expect((await committeeRoles(c)).every((r) => r.basis === 'recorded')).toBe(true);
    const rec = await t.req().get('/api/v1/committee/record').set(c.as('owner1')).expect(200);
    expect(rec.body.entries).toContainEqual(
      expect.objectContaining({
        action: 'committee.recorded_before_elections',
        what: '业委会为选举功能上线前录入，尚未经选举备案确认',
        who: '系统',
      }),
    );
    const ballots: Record<string, Choice[]> = Object.fromEntries(ALL.map((o) => [o, [Y, Y, Y]]));
    const { termId } = await runElection(t, c, clock, {
      seats: 3,
      candidates: ['owner1', 'owner2', 'owner3'],
      ballots,
    });
    await post(c, 'owner4', `terms/${termId}/decide`).expect(200);
    for (const who of ['owner1', 'owner3'])
      await post(c, who, `terms/${termId}/officer-votes`, { chairId: c.people.owner3 }).expect(200);
    await post(c, 'owner3', `terms/${termId}/file`).expect(200);
    await post(c, 'subofficer', `terms/${termId}/confirm`).expect(200);
    const after = await t
      .req()
      .get('/api/v1/committee/terms')
      .set(await fresh(c, 'owner5'))
      .expect(200);
    expect(after.body.map((x: { kind: string; status: string }) => `${x.kind}:${x.status}`).sort()).toEqual([
      'elected:confirmed',
      'recorded:superseded',
    ]);
    expect((await committeeRoles(c)).every((r) => r.basis === 'filing')).toBe(true);
  });

  it('a member resigns their own seat; it is recorded and their role ends', async () => {
    const c = await electionCommunity(t);
    await post(c, 'member4', 'resign').expect(200);
    expect((await committeeRoles(c)).some((r) => r.person_id === c.people.member4)).toBe(false);
    await post(c, 'owner1', 'resign').expect(403);
    const rec = await t.req().get('/api/v1/committee/record').set(c.as('owner1')).expect(200);
    expect(rec.body.entries[0]).toMatchObject({ action: 'committee.member_resigned', who: '委员4' });
  });

  it('before a committee exists the subdistrict officer confirms the first roster after its posting period', async () => {
    const c = await electionCommunity(t, { noCommittee: true });
    const csv = [
      '楼栋,单元,房号,登记面积,实测面积,合同面积,业主姓名,手机号,证件号码,开发商未售',
      '6幢,1单元,601,80,,,孙六,,,',
    ].join('\n');
    const p = await t
      .req()
      .post('/api/v1/roster/imports')
      .set(c.as('manager'))
      .attach('file', Buffer.from(csv, 'utf8'), 'roster.csv')
      .expect(201);
    await t.req().post(`/api/v1/roster/imports/${p.body.id}/propose`).set(c.as('manager')).expect(200);
    const early = await t
      .req()
      .post(`/api/v1/roster/proposals/${p.body.id}/confirm`)
      .set(c.as('subofficer'))
      .expect(409);
    expect(early.body.error.message).toContain('公示满 15 天');
    const { RosterClock } = await import('../src/modules/roster/roster-clock.js');
    const rc = t.created.app.get(RosterClock);
    const real = rc.now;
    rc.now = () => new Date(Date.now() + 16 * 86_400_000);
    try {
      const done = await t
        .req()
        .post(`/api/v1/roster/proposals/${p.body.id}/confirm`)
        .set(c.as('subofficer'))
        .expect(200);
      expect(done.body.status).toBe('committed');
    } finally {
      rc.now = real;
    }
  });
});
