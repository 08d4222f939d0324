import { buildElectorate, ErrorCode } from '@gongzhi/domain';
import { randomUUID } from 'node:crypto';
import { FieldCipher } from '../src/common/crypto.js';
import { signAccessToken } from '../src/modules/identity/tokens.js';
import { ResolutionsService } from '../src/modules/votes/resolutions.service.js';
import type { CommunityFixture } from './factories.js';
import { WechatFake } from './fakes/wechat-fake.js';
import { ownerQuery, startTestApp, type TestApp } from './harness.js';
import { allChoices, openVote, TestClock, voteCommunity, type OpenVote } from './votes-helpers.js';

/**
 * Issue 13: the frozen electorate is of heads (roster owner identities); whoever is verified as that owner before the
 * close casts the head online — by their own WeChat-verified phone, or by an owner binding confirmed by two committee
 * members — and gets its reminders. docs/votes.md "Who casts a head online".
 */
describe('votes: who casts a head online', () => {
  const fake = new WechatFake();
  let t: TestApp;
  let clock: TestClock;
  let cipher: FieldCipher;
  let n = 0;

  beforeAll(async () => {
    const base = await fake.start();
    t = await startTestApp(fake.env(base));
    clock = new TestClock(t);
    cipher = new FieldCipher(t.created.config.dataKey);
  });
  afterAll(async () => {
    await t.close();
    await fake.stop();
  });

  const phoneNo = () => `139${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`;

  /** The roster lists `name` (who never signed in) as the only owner of unit `i` instead of the fixture's owner. */
  async function rosterOwner(c: CommunityFixture, i: number, name: string, phone: string | null): Promise<string> {
    const [p] = await ownerQuery<{ id: string }>(
      `INSERT INTO persons (name, phone_enc, phone_hash) VALUES ($1, $2, $3) RETURNING id`,
      [name, phone ? cipher.encrypt(phone) : null, phone ? cipher.blindIndex(phone) : null],
    );
    await ownerQuery(`DELETE FROM residencies WHERE unit_id = $1 AND relation = 'owner'`, [c.units[i]!.id]);
    await ownerQuery(`DELETE FROM ownerships WHERE unit_id = $1`, [c.units[i]!.id]);
    await ownerQuery(`INSERT INTO ownerships (community_id, unit_id, person_id) VALUES ($1, $2, $3)`, [
      c.communityId,
      c.units[i]!.id,
      p!.id,
    ]);
    return p!.id;
  }

  /** A sale as the roster update records it: the old owner's ownership and owner binding end, the buyer's begins. */
  async function sell(c: CommunityFixture, i: number, buyer: string): Promise<void> {
    await ownerQuery(
      `UPDATE residencies SET status = 'removed', decided_at = now() WHERE unit_id = $1 AND relation = 'owner' AND status = 'approved'`,
      [c.units[i]!.id],
    );
    await ownerQuery(`DELETE FROM ownerships WHERE unit_id = $1`, [c.units[i]!.id]);
    await ownerQuery(`INSERT INTO ownerships (community_id, unit_id, person_id) VALUES ($1, $2, $3)`, [
      c.communityId,
      c.units[i]!.id,
      buyer,
    ]);
  }

  /** A real WeChat sign-in (through the fake); optionally verifying a phone with getPhoneNumber. */
  async function signIn(phone?: string): Promise<{ auth: Record<string, string>; personId: string; units: unknown[] }> {
    const k = `${++n}-${randomUUID().slice(0, 8)}`;
    fake.login(`code-${k}`, { openid: `openid-${k}` });
    const s = await t
      .req()
      .post('/api/v1/auth/wechat/login')
      .send({ code: `code-${k}` })
      .expect(200);
    const auth = { Authorization: `Bearer ${s.body.accessToken}` };
    let units: unknown[] = [];
    if (phone) {
      fake.phone(`phone-${k}`, { phone });
      units = (
        await t
          .req()
          .post('/api/v1/me/phone')
          .set(auth)
          .send({ code: `phone-${k}` })
          .expect(200)
      ).body.boundUnits;
    }
    const me = await t.req().get('/api/v1/me').set(auth).expect(200);
    return { auth, personId: me.body.id as string, units };
  }

  const asPerson = (c: CommunityFixture, personId: string) => ({
    Authorization: `Bearer ${signAccessToken(t.created.config.jwtSecret, { sub: personId, tv: 0 }, 3600)}`,
    'X-Community-Id': c.communityId,
  });
  const inCommunity = (c: CommunityFixture, auth: Record<string, string>) => ({
    ...auth,
    'X-Community-Id': c.communityId,
  });
  const cast = (vote: OpenVote, headers: Record<string, string>) =>
    t
      .req()
      .post(`/api/v1/resolutions/${vote.id}/ballots`)
      .set(headers)
      .send({ choices: allChoices(vote, 'yes'), confirm: true });
  const ballotOf = async (vote: OpenVote, voterKey: string) =>
    ownerQuery<{ voter_key: string; channel: string; entered_by: string }>(
      `SELECT voter_key, channel, entered_by FROM ballots WHERE resolution_id = $1 AND voter_key = $2`,
      [vote.id, voterKey],
    );
  const frozen = async (vote: OpenVote) =>
    ownerQuery<{ voter_key: string; cast_by: string | null }>(
      `SELECT voter_key, cast_by FROM electorate_voters WHERE resolution_id = $1 ORDER BY voter_key`,
      [vote.id],
    );

  it('an owner who first signs in after the vote opens verifies the roster phone and votes online', async () => {
    const c = await voteCommunity(t);
    const phone = phoneNo();
    const rosterId = await rosterOwner(c, 3, '钱业主', phone);
    const vote = await openVote(t, c, clock);
    const before = await frozen(vote);

    // Signed in, phone not verified yet: nothing says who owns what.
    const early = await signIn();
    const refused = await cast(vote, inCommunity(c, early.auth)).expect(403);
    expect(refused.body.error.code).toBe(ErrorCode.FORBIDDEN);

    const owner = await signIn(phone);
    expect(owner.units).toEqual([expect.objectContaining({ communityId: c.communityId, room: c.units[3]!.room })]);
    const res = await cast(vote, inCommunity(c, owner.auth)).expect(201);
    expect(res.body.receipt).toMatch(/\w/);
    // The head frozen at opening was cast — by the verified account; the frozen record is unchanged.
    expect(await ballotOf(vote, `owner:${rosterId}`)).toEqual([
      { voter_key: `owner:${rosterId}`, channel: 'online', entered_by: owner.personId },
    ]);
    expect(await frozen(vote)).toEqual(before);
    // The resolution page shows the account's ballot; a second try is ALREADY_CAST, not "not in the electorate".
    const page = await t.req().get(`/api/v1/resolutions/${vote.id}`).set(inCommunity(c, owner.auth)).expect(200);
    expect(page.body.myBallot).toMatchObject({ channel: 'online', receipt: res.body.receipt });
    const again = await cast(vote, inCommunity(c, owner.auth)).expect(409);
    expect(again.body.error.code).toBe(ErrorCode.VOTE_ALREADY_CAST);
    // The link is the owner's personal data: it is in their my-data export.
    const data = await t.req().get('/api/v1/me/data').set(owner.auth).expect(200);
    expect(data.body.ownerLinks).toEqual([expect.objectContaining({ via: 'verified_phone' })]);
  });

  it('an owner binding confirmed by two committee members after opening lets the owner vote; one member is not enough', async () => {
    const c = await voteCommunity(t);
    const rosterId = await rosterOwner(c, 3, '孙业主', null); // the roster has no phone for this owner
    const vote = await openVote(t, c, clock);
    const applicant = await signIn(phoneNo());
    const asked = await t
      .req()
      .post('/api/v1/bindings')
      .set(inCommunity(c, applicant.auth))
      .send({
        building: '1幢',
        entrance: '1单元',
        room: c.units[3]!.room,
        name: '孙业主',
        phone: phoneNo(),
        relation: 'owner',
      })
      .expect(201);
    expect(asked.body).toMatchObject({
      status: 'pending',
      approvals: 0,
      approvalsRequired: 2,
      waitingFor: '等待委员确认',
    });
    const id = asked.body.id as string;

    const pending = await cast(vote, inCommunity(c, applicant.auth)).expect(403);
    expect(pending.body.error.code).toBe(ErrorCode.VOTE_OWNER_NOT_VERIFIED);
    expect(pending.body.error.message).toContain('业主身份尚未核实');

    // The property company cannot confirm an owner; one member confirms — still pending, visibly.
    const byManager = await t.req().post(`/api/v1/bindings/${id}/approve`).set(c.as('manager')).expect(403);
    expect(byManager.body.error.message).toContain('物业不能确认');
    const first = await t.req().post(`/api/v1/bindings/${id}/approve`).set(c.as('member1')).expect(200);
    expect(first.body).toMatchObject({
      status: 'pending',
      approvals: 1,
      waitingFor: '等待第二位委员确认',
      approvedByMe: true,
    });
    const listed = await t.req().get('/api/v1/bindings?status=pending').set(c.as('member2')).expect(200);
    expect(listed.body.find((b: { id: string }) => b.id === id)).toMatchObject({
      waitingFor: '等待第二位委员确认',
      approvedByMe: false,
    });
    const oneMember = await cast(vote, inCommunity(c, applicant.auth)).expect(403);
    expect(oneMember.body.error).toMatchObject({ code: ErrorCode.VOTE_OWNER_NOT_VERIFIED });
    expect(oneMember.body.error.message).toContain('等待第二位委员确认');
    const twice = await t.req().post(`/api/v1/bindings/${id}/approve`).set(c.as('member1')).expect(409);
    expect(twice.body.error.message).toContain('还需另一位业委会委员确认');
    const me1 = await t.req().get('/api/v1/me').set(applicant.auth).expect(200);
    expect(me1.body.communities).toEqual([]);

    const second = await t.req().post(`/api/v1/bindings/${id}/approve`).set(c.as('member2')).expect(200);
    expect(second.body).toMatchObject({ status: 'approved', approvals: 2, waitingFor: null });
    const me2 = await t.req().get('/api/v1/me').set(applicant.auth).expect(200);
    expect(me2.body.communities).toEqual([
      expect.objectContaining({ communityId: c.communityId, roles: expect.arrayContaining(['owner']) }),
    ]);
    await cast(vote, inCommunity(c, applicant.auth)).expect(201);
    expect(await ballotOf(vote, `owner:${rosterId}`)).toEqual([
      expect.objectContaining({ channel: 'online', entered_by: applicant.personId }),
    ]);
    // Both approvers and the evidence are in the audit log.
    const audit = await ownerQuery<{ action: string; actor_id: string; details: Record<string, unknown> }>(
      `SELECT action, actor_id, details FROM audit_log WHERE community_id = $1 AND action IN ('binding.owner_confirmed', 'ownership.claimed', 'binding.approved') ORDER BY created_at, id`,
      [c.communityId],
    );
    expect(audit.map((a) => [a.action, a.actor_id])).toEqual([
      ['binding.owner_confirmed', c.people.member1],
      ['binding.owner_confirmed', c.people.member2],
      ['ownership.claimed', c.people.member2],
      ['binding.approved', c.people.member2],
    ]);
    expect(audit[2]!.details).toMatchObject({
      via: 'binding',
      residencyId: id,
      approvers: [c.people.member1, c.people.member2],
      unitId: c.units[3]!.id,
    });
  });

  it('removing a mistaken owner binding withdraws the link: the account casts no head and the ownership goes back', async () => {
    const c = await voteCommunity(t);
    const rosterId = await rosterOwner(c, 3, '吴业主', null);
    const vote = await openVote(t, c, clock);
    const applicant = await signIn(phoneNo());
    const asked = await t
      .req()
      .post('/api/v1/bindings')
      .set(inCommunity(c, applicant.auth))
      .send({
        building: '1幢',
        entrance: '1单元',
        room: c.units[3]!.room,
        name: '吴业主',
        phone: phoneNo(),
        relation: 'owner',
      })
      .expect(201);
    for (const who of ['member1', 'member2'])
      await t.req().post(`/api/v1/bindings/${asked.body.id}/approve`).set(c.as(who)).expect(200);
    await t
      .req()
      .delete(`/api/v1/bindings/${asked.body.id}`)
      .set(c.as('chair'))
      .send({ reason: '材料有误，并非该房业主' })
      .expect(200);
    const [own] = await ownerQuery<{ person_id: string }>(`SELECT person_id FROM ownerships WHERE unit_id = $1`, [
      c.units[3]!.id,
    ]);
    expect(own!.person_id).toBe(rosterId);
    // The removal signed the applicant out; a new session of the same account is still refused.
    await cast(vote, inCommunity(c, applicant.auth)).expect(401);
    const [{ token_version: tv }] = await ownerQuery<{ token_version: number }>(
      `SELECT token_version FROM persons WHERE id = $1`,
      [applicant.personId],
    );
    const again = {
      Authorization: `Bearer ${signAccessToken(t.created.config.jwtSecret, { sub: applicant.personId, tv }, 3600)}`,
      'X-Community-Id': c.communityId,
    };
    const refused = await cast(vote, again).expect(403);
    expect(refused.body.error.code).toBe(ErrorCode.FORBIDDEN);
    expect(await ballotOf(vote, `owner:${rosterId}`)).toEqual([]);
  });

  it('a co-owner becomes the designated voter before opening with every co-owner consenting; refused after opening', async () => {
    const c = await voteCommunity(t);
    const unit = c.units[3]!;
    const [co] = await ownerQuery<{ id: string }>(`INSERT INTO persons (name) VALUES ('共有人乙') RETURNING id`);
    await ownerQuery(`UPDATE ownerships SET is_designated_voter = true WHERE unit_id = $1`, [unit.id]);
    await ownerQuery(`INSERT INTO ownerships (community_id, unit_id, person_id) VALUES ($1, $2, $3)`, [
      c.communityId,
      unit.id,
      co!.id,
    ]);
    const proposed = await t
      .req()
      .post('/api/v1/designated-voter-changes')
      .set(asPerson(c, co!.id))
      .send({ unitId: unit.id })
      .expect(201);
    expect(proposed.body).toMatchObject({ status: 'pending', consents: 1, coOwners: 2 });
    // Nothing changes until every co-owner agreed.
    const [still] = await ownerQuery(`SELECT person_id FROM ownerships WHERE unit_id = $1 AND is_designated_voter`, [
      unit.id,
    ]);
    expect(still!.person_id).toBe(c.people.owner4);
    // A stranger to the unit cannot consent (it looks missing).
    await t.req().post(`/api/v1/designated-voter-changes/${proposed.body.id}/consent`).set(c.as('owner1')).expect(404);
    const applied = await t
      .req()
      .post(`/api/v1/designated-voter-changes/${proposed.body.id}/consent`)
      .set(c.as('owner4'))
      .expect(200);
    expect(applied.body).toMatchObject({ status: 'applied', consents: 2, coOwners: 2 });
    const consents = await ownerQuery(`SELECT person_id FROM designated_voter_consents WHERE change_id = $1`, [
      proposed.body.id,
    ]);
    expect(consents.map((r) => r.person_id).sort()).toEqual([co!.id, c.people.owner4].sort());

    // A second proposal is left pending when the vote opens.
    const late = await t
      .req()
      .post('/api/v1/designated-voter-changes')
      .set(c.as('owner4'))
      .send({ unitId: unit.id })
      .expect(201);
    const vote = await openVote(t, c, clock);
    const key = `co:${[c.people.owner4!, co!.id].sort().join('+')}`;
    expect((await frozen(vote)).find((v) => v.voter_key === key)?.cast_by).toBe(co!.id);

    const notDesignated = await cast(vote, c.as('owner4')).expect(403);
    expect(notDesignated.body.error.code).toBe(ErrorCode.VOTE_NOT_DESIGNATED_VOTER);
    expect(notDesignated.body.error.message).toContain('您不是指定投票人');
    // After opening the designated voter cannot change (a new proposal, or completing the pending one).
    const refusedNew = await t
      .req()
      .post('/api/v1/designated-voter-changes')
      .set(c.as('owner4'))
      .send({ unitId: unit.id })
      .expect(409);
    expect(refusedNew.body.error.code).toBe(ErrorCode.VOTE_DESIGNATION_FROZEN);
    const refusedConsent = await t
      .req()
      .post(`/api/v1/designated-voter-changes/${late.body.id}/consent`)
      .set(asPerson(c, co!.id))
      .expect(409);
    expect(refusedConsent.body.error.code).toBe(ErrorCode.VOTE_DESIGNATION_FROZEN);
    await cast(vote, asPerson(c, co!.id)).expect(201);
    expect(await ballotOf(vote, key)).toHaveLength(1);
  });

  it('a unit sold before opening is voted by the buyer; sold during the vote, by the frozen owner (not the buyer)', async () => {
    const c = await voteCommunity(t);
    const phone = phoneNo();
    const frozenOwner = await rosterOwner(c, 3, '李业主', phone);
    const [buyerBefore] = await ownerQuery<{ id: string }>(`INSERT INTO persons (name) VALUES ('早买家') RETURNING id`);
    await sell(c, 2, buyerBefore!.id); // owner3's flat, sold before the vote opens
    const vote = await openVote(t, c, clock);
    const keys = (await frozen(vote)).map((v) => v.voter_key);
    expect(keys).toContain(`owner:${buyerBefore!.id}`);
    expect(keys).not.toContain(`owner:${c.people.owner3}`);
    await cast(vote, c.as('owner3')).expect(403);
    await cast(vote, asPerson(c, buyerBefore!.id)).expect(201);

    // During the vote: owner1 (signed in before) and 李业主 (never signed in) sell.
    const [buyer1] = await ownerQuery<{ id: string }>(`INSERT INTO persons (name) VALUES ('新买家一') RETURNING id`);
    const [buyer4] = await ownerQuery<{ id: string }>(`INSERT INTO persons (name) VALUES ('新买家四') RETURNING id`);
    await sell(c, 0, buyer1!.id);
    await sell(c, 3, buyer4!.id);
    const buyerTry = await cast(vote, asPerson(c, buyer1!.id)).expect(403);
    expect(buyerTry.body.error.code).toBe(ErrorCode.VOTE_NOT_IN_ELECTORATE);
    expect(buyerTry.body.error.message).toContain('名册在投票开始时确定');
    await cast(vote, asPerson(c, buyer4!.id)).expect(403);
    await cast(vote, c.as('owner1')).expect(201);
    // 李业主 signs in for the first time after the sale: the phone proves the roster identity frozen at opening.
    const seller = await signIn(phone);
    expect(seller.units).toEqual([]);
    await cast(vote, inCommunity(c, seller.auth)).expect(201);
    expect(await ballotOf(vote, `owner:${frozenOwner}`)).toEqual([
      expect.objectContaining({ entered_by: seller.personId }),
    ]);
  });

  it('reminders reach the verified account, not the roster placeholder; the fingerprint stays the one published', async () => {
    const c = await voteCommunity(t);
    const phone = phoneNo();
    const rosterId = await rosterOwner(c, 3, '周业主', phone);
    const vote = await openVote(t, c, clock);
    const [published] = await ownerQuery<{ electorate_fingerprint: string }>(
      `SELECT electorate_fingerprint FROM resolutions WHERE id = $1`,
      [vote.id],
    );
    const owner = await signIn(phone);
    await cast(vote, c.as('owner1')).expect(201);
    const sent = await t.created.app.get(ResolutionsService).remindNonVoters(vote.id);
    const got = await ownerQuery<{ person_id: string }>(
      `SELECT person_id FROM messages WHERE community_id = $1 AND kind = 'vote.reminder' ORDER BY person_id`,
      [c.communityId],
    );
    const to = got.map((m) => m.person_id);
    expect(to).toContain(owner.personId);
    expect(to).not.toContain(rosterId);
    expect(to).not.toContain(c.people.owner1); // voted
    expect(to.sort()).toEqual([owner.personId, c.people.owner2!, c.people.owner3!, c.developerId].sort());
    expect(sent).toBe(4);
    // The owner reads it in the in-app inbox.
    const inbox = await t.req().get('/api/v1/messages').set(inCommunity(c, owner.auth)).expect(200);
    expect(JSON.stringify(inbox.body)).toContain('表决即将截止');

    // The fingerprint is the pure engine's over the roster frozen at opening, and verifying the claim moved nothing.
    const e = buildElectorate(
      c.units.map((u) => ({
        id: u.id,
        buildingId: c.buildingId,
        kind: 'flat' as const,
        registeredAreaHundredths: u.areaHundredths,
      })),
      c.units.map((u, i) => ({
        unitId: u.id,
        ownerId: i === 3 ? rosterId : i < 4 ? c.people[`owner${i + 1}`]! : c.developerId,
        isDeveloper: i >= 4,
      })),
      { kind: 'community' },
      { parkingCounts: false, invalidCountsAsParticipation: false, followMajority: false },
    );
    expect(published!.electorate_fingerprint).toBe(e.fingerprint);
    const page = await t.req().get(`/api/v1/resolutions/${vote.id}`).set(c.as('owner2')).expect(200);
    expect(page.body.electorateFingerprint).toBe(e.fingerprint);
    expect((await frozen(vote)).find((v) => v.voter_key === `owner:${rosterId}`)?.cast_by).toBe(rosterId);
  });
});
