import { ErrorCode } from '@gongzhi/domain';
import ExcelJS from 'exceljs';
import { FieldCipher } from '../src/common/crypto.js';
import { signAccessToken } from '../src/modules/identity/tokens.js';
import { ResolutionsService } from '../src/modules/votes/resolutions.service.js';
import { makeCommunity, type CommunityFixture } from './factories.js';
import { ownerQuery, startTestApp, type TestApp } from './harness.js';
import { days, draftBody, openVote, TestClock, voteCommunity } from './votes-helpers.js';

const T = '楼栋,单元,房号,登记面积,实测面积,合同面积,业主姓名,手机号,证件号码,开发商未售';
const DEV_CODE = '91330106MA2A000009';
const SHOP_CODE = '91330100MA2B11111X';
const WANG_ID = '330106198001010013';
const QIAN_ID = '330106198502020025';

/**
 * Roster changes as proposals (issue 17, domain-rules §10): nothing changes until two committee members other than
 * the proposer confirm; the change is recorded field by field; affected owners are told and may object; an open
 * objection keeps a vote in its scope from opening; the file carries what Art. 278 counts.
 */
describe('roster proposals', () => {
  let t: TestApp;
  let cipher: FieldCipher;
  let clock: TestClock;
  const upload = (fx: CommunityFixture, who: string, csv: string | Buffer, columnMap?: Record<string, string>) => {
    const r = t.req().post('/api/v1/roster/imports').set(fx.as(who));
    if (columnMap) r.field('columnMap', JSON.stringify(columnMap));
    return r.attach('file', Buffer.isBuffer(csv) ? csv : Buffer.from(csv, 'utf8'), 'roster.csv');
  };
  const propose = (fx: CommunityFixture, who: string, id: string) =>
    t.req().post(`/api/v1/roster/imports/${id}/propose`).set(fx.as(who));
  const confirm = (fx: CommunityFixture, who: string, id: string) =>
    t.req().post(`/api/v1/roster/proposals/${id}/confirm`).set(fx.as(who));
  /** Upload, propose by `who`, confirm by member3 and member4. */
  async function passed(fx: CommunityFixture, who: string, csv: string): Promise<string> {
    const p = await upload(fx, who, csv).expect(201);
    expect(p.body.errors).toEqual([]);
    await propose(fx, who, p.body.id).expect(200);
    await confirm(fx, 'member3', p.body.id).expect(200);
    const done = await confirm(fx, 'member4', p.body.id).expect(200);
    expect(done.body.status).toBe('committed');
    return p.body.id as string;
  }
  /** A fresh token for someone whose tokens a roster change revoked. */
  async function as(fx: CommunityFixture, personId: string) {
    const [p] = await ownerQuery<{ token_version: number }>(`SELECT token_version FROM persons WHERE id = $1`, [
      personId,
    ]);
    const token = signAccessToken(t.created.config.jwtSecret, { sub: personId, tv: p.token_version }, 3600);
    return { Authorization: `Bearer ${token}`, 'X-Community-Id': fx.communityId };
  }
  const phoneOf = async (personId: string) => {
    const [p] = await ownerQuery<{ phone_enc: string }>(`SELECT phone_enc FROM persons WHERE id = $1`, [personId]);
    return cipher.decrypt(p.phone_enc);
  };
  const ownersOf = (unitId: string) =>
    ownerQuery<{ person_id: string; name: string; is_developer: boolean }>(
      `SELECT o.person_id, p.name, o.is_developer FROM ownerships o JOIN persons p ON p.id = o.person_id
        WHERE o.unit_id = $1 ORDER BY p.name`,
      [unitId],
    );
  const unitId = async (fx: CommunityFixture, building: string, room: string) =>
    (
      await ownerQuery<{ id: string }>(
        `SELECT u.id FROM units u JOIN buildings b ON b.id = u.building_id WHERE u.community_id = $1 AND b.name = $2 AND u.room = $3`,
        [fx.communityId, building, room],
      )
    )[0].id;

  beforeAll(async () => {
    t = await startTestApp();
    cipher = new FieldCipher(t.created.config.dataKey);
    clock = new TestClock(t);
  });
  afterAll(async () => t.close());

  it("the manager's import is a proposal: nothing changes until two members other than the proposer confirm", async () => {
    const c = await makeCommunity(t);
    const [mgrPhone] = await ownerQuery<{ phone_enc: string }>(`SELECT phone_enc FROM persons WHERE id = $1`, [
      c.people.manager,
    ]);
    // The manager lists himself as the owner of owner1's flat (1幢 1单元 101).
    const file = [T, `1幢,1单元,101,80,,,物业经理,${cipher.decrypt(mgrPhone.phone_enc)},,`].join('\n');
    const p = await upload(c, 'manager', file).expect(201);
    const proposed = await propose(c, 'manager', p.body.id).expect(200);
    expect(proposed.body).toMatchObject({
      status: 'proposed',
      proposedBy: { personId: c.people.manager, name: '物业经理' },
      confirmations: [],
      confirmationsNeeded: 2,
      confirmerKind: 'committee',
    });
    expect(proposed.body.fieldChanges).toContainEqual({
      line: 2,
      unitLabel: '1幢 1单元 101',
      field: 'owners',
      oldValue: expect.stringMatching(/^业主1 137\*\*\*\*\d{4}$/),
      newValue: expect.stringMatching(/^物业经理 137\*\*\*\*\d{4}$/),
    });
    expect((await ownersOf(c.units[0].id)).map((o) => o.person_id)).toEqual([c.people.owner1]);
    await t.req().get('/api/v1/me').set(c.as('owner1')).expect(200);
    const pending = await t.req().get('/api/v1/roster/proposals').set(c.as('member1')).expect(200);
    expect(pending.body.items.map((x: { id: string }) => x.id)).toEqual([p.body.id]);

    // The property company never confirms; one member is not enough and cannot confirm twice.
    expect((await confirm(c, 'manager', p.body.id).expect(403)).body.error.code).toBe(ErrorCode.FORBIDDEN);
    await confirm(c, 'member1', p.body.id).expect(200);
    expect((await confirm(c, 'member1', p.body.id).expect(409)).body.error.message).toMatch(/已经确认过/);
    expect((await ownersOf(c.units[0].id)).map((o) => o.person_id)).toEqual([c.people.owner1]);

    const done = await confirm(c, 'member2', p.body.id).expect(200);
    expect(done.body.status).toBe('committed');
    expect((await ownersOf(c.units[0].id)).map((o) => o.person_id)).toEqual([c.people.manager]);

    // The activity record: field by field, who proposed, who confirmed, when.
    const activity = await t.req().get('/api/v1/roster/activity').set(c.as('chair')).expect(200);
    expect(activity.body.items).toContainEqual(
      expect.objectContaining({
        proposalId: p.body.id,
        unitLabel: '1幢 1单元 101',
        field: 'owners',
        proposedByName: '物业经理',
        confirmedByNames: ['委员1', '委员2'],
        oldValue: expect.stringMatching(/^业主1 /),
      }),
    );
    expect(JSON.stringify(activity.body)).not.toMatch(/137\d{8}/);
    await t.req().get('/api/v1/roster/activity').set(c.as('owner2')).expect(403);

    // The former owner was told, can read the change and object, though no longer an owner.
    const owner1 = await as(c, c.people.owner1);
    const [told] = await ownerQuery<{ kind: string; title: string; body: string }>(
      `SELECT kind, title, body FROM messages WHERE person_id = $1 AND community_id = $2`,
      [c.people.owner1, c.communityId],
    );
    expect(told).toMatchObject({ kind: 'roster.change', title: '业主名册已变更' });
    expect(told.body).toMatch(/1幢 1单元 101.*7 天内/);
    const mine = await t.req().get('/api/v1/roster/my-changes').set(owner1).expect(200);
    expect(mine.body.items.map((x: { field: string }) => x.field)).toEqual(['owners']);
    const objection = await t
      .req()
      .post('/api/v1/roster/objections')
      .set(owner1)
      .send({ proposalId: p.body.id, unitId: c.units[0].id, reason: '我是这套房的业主，物业经理不是' })
      .expect(201);
    expect(objection.body).toMatchObject({ status: 'open', unitLabel: '1幢 1单元 101' });
    // Someone the change does not affect learns nothing about it.
    await t
      .req()
      .post('/api/v1/roster/objections')
      .set(c.as('owner2'))
      .send({ proposalId: p.body.id, unitId: c.units[0].id, reason: '看看' })
      .expect(404);
  });

  it('the commit route old mini-program versions still call only makes a proposal; the roster waits for two members', async () => {
    const c = await makeCommunity(t);
    const p = await upload(c, 'manager', [T, `1幢,1单元,101,95,,,业主1,,,`].join('\n')).expect(201);
    const before = await ownerQuery<{ area_hundredths: string }>(`SELECT area_hundredths FROM units WHERE id = $1`, [
      c.units[0].id,
    ]);
    const old = await t.req().post(`/api/v1/roster/imports/${p.body.id}/commit`).set(c.as('manager')).expect(200);
    expect(old.body).toMatchObject({ status: 'proposed', confirmations: [], confirmationsNeeded: 2 });
    expect(await ownerQuery(`SELECT area_hundredths FROM units WHERE id = $1`, [c.units[0].id])).toEqual(before);
    await confirm(c, 'member1', p.body.id).expect(200);
    expect((await confirm(c, 'member2', p.body.id).expect(200)).body.status).toBe('committed');
    const [after] = await ownerQuery<{ area_hundredths: string }>(`SELECT area_hundredths FROM units WHERE id = $1`, [
      c.units[0].id,
    ]);
    expect(String(after.area_hundredths)).toBe('9500');
  });

  it('the proposer, even a committee member, is not one of the two confirmers', async () => {
    const c = await makeCommunity(t);
    const p = await upload(c, 'member1', [T, '1幢,1单元,101,81,,,业主1,,,'].join('\n')).expect(201);
    await propose(c, 'member1', p.body.id).expect(200);
    expect((await confirm(c, 'member1', p.body.id).expect(403)).body.error.message).toMatch(/提议人不能确认/);
    await confirm(c, 'member2', p.body.id).expect(200);
    const [u] = await ownerQuery(`SELECT area_hundredths FROM units WHERE id = $1`, [c.units[0].id]);
    expect(u).toEqual({ area_hundredths: '8000' });
    // A member who also works for the property company may not confirm either.
    await ownerQuery(`INSERT INTO role_assignments (person_id, role, community_id) VALUES ($1, 'property_staff', $2)`, [
      c.people.member3,
      c.communityId,
    ]);
    expect((await confirm(c, 'member3', p.body.id).expect(403)).body.error.message).toMatch(/不能确认/);
  });

  it("an owner's open objection keeps a vote in that scope from opening, naming the unit; the answer lets it open", async () => {
    const c = await voteCommunity(t);
    const p = await passed(c, 'chair', [T, `1幢,1单元,101,,,95,业主1,${await phoneOf(c.people.owner1)},,`].join('\n'));
    expect((await ownersOf(c.units[0].id)).map((o) => o.person_id)).toEqual([c.people.owner1]);
    const objection = await t
      .req()
      .post('/api/v1/roster/objections')
      .set(c.as('owner1'))
      .send({ proposalId: p, unitId: c.units[0].id, reason: '我的房子登记面积是 80 平方米' })
      .expect(201);
    // The confirmers are told.
    const told = await t.req().get('/api/v1/messages').set(c.as('member3')).expect(200);
    expect(told.body.items[0]).toMatchObject({ title: '业主对名册变更提出异议' });

    const created = await t.req().post('/api/v1/resolutions').set(c.as('chair')).send(draftBody(clock)).expect(201);
    const id = created.body.id as string;
    for (const who of ['chair', 'member1', 'member2'])
      await t.req().post(`/api/v1/resolutions/${id}/approve`).set(c.as(who)).expect(200);
    await t.req().post(`/api/v1/resolutions/${id}/publish-notice`).set(c.as('chair')).send({}).expect(200);
    clock.set(new Date(created.body.votingOpensAt));
    const svc = t.created.app.get(ResolutionsService);
    expect(await svc.openDue(clock.now)).not.toContain(id);
    const [failed] = await ownerQuery(
      `SELECT details FROM audit_log WHERE action = 'vote.open_failed' AND target_id = $1 ORDER BY id DESC LIMIT 1`,
      [id],
    );
    expect(failed.details).toEqual({ code: ErrorCode.ROSTER_OBJECTION_OPEN, units: ['1幢 1单元 101'] });

    // The proposer may not answer; another member does, and the owner is told.
    await t
      .req()
      .post(`/api/v1/roster/objections/${objection.body.id}/answer`)
      .set(c.as('chair'))
      .send({ decision: 'dismissed', answer: '合同面积 95' })
      .expect(403);
    const answered = await t
      .req()
      .post(`/api/v1/roster/objections/${objection.body.id}/answer`)
      .set(c.as('member3'))
      .send({ decision: 'upheld', answer: '已核对不动产登记簿，将提议更正为 80 平方米' })
      .expect(200);
    expect(answered.body).toMatchObject({ status: 'upheld', answeredByName: '委员3' });
    const inbox = await t.req().get('/api/v1/messages').set(c.as('owner1')).expect(200);
    expect(inbox.body.items[0]).toMatchObject({ title: '名册异议已受理' });
    expect(await svc.openDue(clock.now)).toContain(id);
    clock.set(days(clock.now, -16));
  });

  it('an objection in one building does not hold a vote scoped to another building', async () => {
    const c = await voteCommunity(t);
    const phone = await phoneOf(c.people.owner1);
    const p = await passed(
      c,
      'chair',
      [T, `1幢,1单元,101,,,95,业主1,${phone},,`, '2幢,1单元,201,70,,,新业主,,,'].join('\n'),
    );
    await t
      .req()
      .post('/api/v1/roster/objections')
      .set(c.as('owner1'))
      .send({ proposalId: p, unitId: c.units[0].id, reason: '面积不对' })
      .expect(201);
    const b2 = (
      await ownerQuery<{ id: string }>(`SELECT id FROM buildings WHERE community_id = $1 AND name = '2幢'`, [
        c.communityId,
      ])
    )[0].id;
    const start = clock.now;
    const vote = await openVote(t, c, clock, { scope: 'buildings', buildingIds: [b2] }).catch((e) => e);
    clock.set(start);
    if (vote instanceof Error) throw vote;
    expect(vote.id).toBeTruthy();
  });

  it('a change never touches a frozen electorate', async () => {
    const c = await voteCommunity(t);
    const start = clock.now;
    const vote = await openVote(t, c, clock);
    clock.set(start);
    const before = await ownerQuery(
      `SELECT unit_id, area_hundredths FROM electorate_units WHERE resolution_id = $1 ORDER BY unit_id`,
      [vote.id],
    );
    await passed(c, 'chair', [T, `1幢,1单元,101,120,,,业主1,${await phoneOf(c.people.owner1)},,`].join('\n'));
    expect(
      await ownerQuery(
        `SELECT unit_id, area_hundredths FROM electorate_units WHERE resolution_id = $1 ORDER BY unit_id`,
        [vote.id],
      ),
    ).toEqual(before);
  });

  it('the developer stock is one head, areas count by source, a company owner may give a landline', async () => {
    const c = await makeCommunity(t, { units: 1 });
    await passed(
      c,
      'manager',
      [
        T,
        `3幢,1单元,101,,,100,某某置业有限公司,0571-88886666,${DEV_CODE},是`,
        `3幢,1单元,102,,,100,某某置业有限公司,,,是`,
        `3幢,1单元,103,,,100,某某置业有限公司,,,是`,
        `3幢,1单元,104,88.5,90,91,张三,13900001104,,`,
        `3幢,1单元,105,,90.25,91,李四,13900001105,,`,
        `3幢,1单元,106,,,91.5,王五,13900001106,,`,
        `商业街,,S1,45.5,,,某某商贸有限公司,0571-8888 7777,${SHOP_CODE},`,
      ].join('\n'),
    );
    const units = await ownerQuery(
      `SELECT u.room, u.area_hundredths, u.area_source, u.registered_area_hundredths AS reg, u.surveyed_area_hundredths AS sur,
              u.contract_area_hundredths AS con FROM units u WHERE u.community_id = $1 ORDER BY u.room`,
      [c.communityId],
    );
    expect(units.filter((u) => ['104', '105', '106'].includes(u.room as string))).toEqual([
      { room: '104', area_hundredths: '8850', area_source: 'registered', reg: '8850', sur: '9000', con: '9100' },
      { room: '105', area_hundredths: '9025', area_source: 'surveyed', reg: null, sur: '9025', con: '9100' },
      { room: '106', area_hundredths: '9150', area_source: 'contract', reg: null, sur: null, con: '9150' },
    ]);
    const dev = await ownerQuery<{ person_id: string; is_developer: boolean }>(
      `SELECT DISTINCT o.person_id, o.is_developer FROM ownerships o JOIN units u ON u.id = o.unit_id
        WHERE u.community_id = $1 AND u.building_id <> $2 AND u.room IN ('101','102','103')`,
      [c.communityId, c.buildingId],
    );
    expect(dev).toHaveLength(1);
    expect(dev[0].is_developer).toBe(true);
    const [shop] = await ownerQuery<{
      phone_enc: string;
      phone_hash: string | null;
      credit_code: string;
      is_organisation: boolean;
    }>(
      `SELECT p.phone_enc, p.phone_hash, p.credit_code, p.is_organisation FROM persons p JOIN ownerships o ON o.person_id = p.id
        JOIN units u ON u.id = o.unit_id WHERE u.community_id = $1 AND u.room = 'S1'`,
      [c.communityId],
    );
    expect(cipher.decrypt(shop.phone_enc)).toBe('0571-88887777');
    expect(shop).toMatchObject({ phone_hash: null, credit_code: SHOP_CODE, is_organisation: true });

    // The factory's 1幢 101 (owner1) + developer 1 head + 3 owners + the company (a shop is not parking) = 6 heads.
    const start = clock.now;
    const vote = await openVote(t, c, clock);
    clock.set(start);
    expect(vote.body).toMatchObject({ totalHeads: 6 });
    const areas = await ownerQuery(
      `SELECT area_source, count(*)::int AS n FROM electorate_units WHERE resolution_id = $1 GROUP BY 1 ORDER BY 1`,
      [vote.id],
    );
    expect(areas).toEqual([
      { area_source: 'contract', n: 4 },
      { area_source: 'registered', n: 3 },
      { area_source: 'surveyed', n: 1 },
    ]);
  });

  it('two phone-less owners with the same name stay two; the same ID number is one; only a confirmed merge joins records', async () => {
    const c = await makeCommunity(t, { units: 1 });
    await passed(
      c,
      'chair',
      [
        T,
        '4幢,1单元,101,80,,,王伟,,,',
        '4幢,1单元,102,80,,,王伟,,,',
        `4幢,1单元,103,80,,,赵敏,,${WANG_ID},`,
        `4幢,1单元,104,80,,,赵敏,,${WANG_ID},`,
      ].join('\n'),
    );
    const wang = [
      ...(await ownersOf(await unitId(c, '4幢', '101'))),
      ...(await ownersOf(await unitId(c, '4幢', '102'))),
    ];
    expect(new Set(wang.map((o) => o.person_id)).size).toBe(2);
    const zhao = [
      ...(await ownersOf(await unitId(c, '4幢', '103'))),
      ...(await ownersOf(await unitId(c, '4幢', '104'))),
    ];
    expect(new Set(zhao.map((o) => o.person_id)).size).toBe(1);
    const [zp] = await ownerQuery<{ id_number_enc: string; id_number_hash: string }>(
      `SELECT id_number_enc, id_number_hash FROM persons WHERE id = $1`,
      [zhao[0].person_id],
    );
    expect(zp.id_number_enc).not.toContain(WANG_ID);
    expect(cipher.decrypt(zp.id_number_enc)).toBe(WANG_ID);

    // A merge is a proposal with its evidence; one member cannot apply it.
    const bad = await t
      .req()
      .post('/api/v1/roster/merges')
      .set(c.as('manager'))
      .send({ keepPersonId: wang[0].person_id, mergePersonIds: [], evidence: '' })
      .expect(400);
    expect(bad.body.error.details.fields.map((f: { field: string }) => f.field).sort()).toEqual([
      'evidence',
      'mergePersonIds',
    ]);
    const merge = await t
      .req()
      .post('/api/v1/roster/merges')
      .set(c.as('manager'))
      .set('Idempotency-Key', 'merge-wang-0001')
      .send({
        keepPersonId: wang[0].person_id,
        mergePersonIds: [wang[1].person_id],
        evidence: '两套房不动产权证上身份证号相同',
      })
      .expect(201);
    expect(merge.body).toMatchObject({
      kind: 'merge',
      status: 'proposed',
      merge: { evidence: '两套房不动产权证上身份证号相同' },
    });
    await confirm(c, 'member3', merge.body.id).expect(200);
    expect(
      new Set(
        [...(await ownersOf(await unitId(c, '4幢', '101'))), ...(await ownersOf(await unitId(c, '4幢', '102')))].map(
          (o) => o.person_id,
        ),
      ).size,
    ).toBe(2);
    const done = await confirm(c, 'member4', merge.body.id).expect(200);
    expect(done.body.status).toBe('committed');
    expect(done.body.fieldChanges[0]).toMatchObject({
      field: 'owners',
      newValue: expect.stringMatching(/依据：两套房/),
    });
    const after = [
      ...(await ownersOf(await unitId(c, '4幢', '101'))),
      ...(await ownersOf(await unitId(c, '4幢', '102'))),
    ];
    expect(new Set(after.map((o) => o.person_id))).toEqual(new Set([wang[0].person_id]));
  });

  it("a row without phone or ID keeps that unit's owner of the same name (and what the roster holds about them)", async () => {
    const c = await makeCommunity(t, { units: 2 });
    await passed(c, 'chair', [T, '1幢,1单元,101,,85,,业主1,,,'].join('\n'));
    expect((await ownersOf(c.units[0].id)).map((o) => o.person_id)).toEqual([c.people.owner1]);
    await t.req().get('/api/v1/me').set(c.as('owner1')).expect(200);
    // The same name on another unit is not that person.
    await passed(c, 'chair', [T, '1幢,1单元,102,,90,,业主1,,,'].join('\n'));
    const [other] = await ownersOf(c.units[1].id);
    expect(other.person_id).not.toBe(c.people.owner1);
  });

  it('a proposal the roster moved away from since is refused at confirmation, not applied blindly', async () => {
    const c = await makeCommunity(t);
    const phone = await phoneOf(c.people.owner1);
    const a = await upload(c, 'chair', [T, `1幢,1单元,101,81,,,业主1,${phone},,`].join('\n')).expect(201);
    const b = await upload(c, 'manager', [T, `1幢,1单元,101,82,,,业主1,${phone},,`].join('\n')).expect(201);
    await propose(c, 'chair', a.body.id).expect(200);
    await propose(c, 'manager', b.body.id).expect(200);
    await confirm(c, 'member1', a.body.id).expect(200);
    await confirm(c, 'member2', a.body.id).expect(200);
    await confirm(c, 'member3', b.body.id).expect(200);
    const stale = await confirm(c, 'member4', b.body.id).expect(409);
    expect(stale.body.error.message).toMatch(/已有变化/);
    const [u] = await ownerQuery(`SELECT area_hundredths FROM units WHERE id = $1`, [c.units[0].id]);
    expect(u).toEqual({ area_hundredths: '8100' });
  });

  it('unknown columns block the file until dropped or mapped', async () => {
    const c = await makeCommunity(t, { units: 1 });
    const file = ['楼栋,房号,合同面积,业主姓名,开发商,备注', '5幢,501,100,某某置业有限公司,是,样板间'].join('\n');
    const p = await upload(c, 'chair', file).expect(201);
    expect(p.body.canCommit).toBe(false);
    expect(p.body.errors).toEqual([{ line: 1, column: '备注', reason: expect.stringMatching(/未知的列“备注”/) }]);
    expect((await propose(c, 'chair', p.body.id).expect(400)).body.error.code).toBe(ErrorCode.ROSTER_INVALID);
    const mapped = await upload(c, 'chair', file, { 备注: '' }).expect(201);
    expect(mapped.body).toMatchObject({ canCommit: true, errors: [], columnMap: { 备注: '' } });
    expect(mapped.body.rows[0]).toMatchObject({ developer: true, contractArea: '100.00', areaSource: 'contract' });
    const badMap = await t
      .req()
      .post('/api/v1/roster/imports')
      .set(c.as('chair'))
      .field('columnMap', '{not json')
      .attach('file', Buffer.from(file), 'roster.csv')
      .expect(400);
    expect(badMap.body.error.details.fields[0].field).toBe('columnMap');
  });

  it('the template downloads with examples on sheet 1 and rules on sheet 2, and reads back without errors', async () => {
    const c = await makeCommunity(t, { units: 1 });
    const res = await t
      .req()
      .get('/api/v1/roster/template.xlsx')
      .set(c.as('manager'))
      .buffer(true)
      .parse((r, cb) => {
        const chunks: Buffer[] = [];
        r.on('data', (x: Buffer) => chunks.push(x));
        r.on('end', () => cb(null, Buffer.concat(chunks)));
      })
      .expect(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.body as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['业主名册', '填写说明']);
    expect(wb.worksheets[0].rowCount).toBeGreaterThan(3);
    expect(JSON.stringify(wb.worksheets[1].getSheetValues())).toMatch(/登记 → 实测 → 合同/);
    const back = await upload(c, 'manager', res.body as Buffer).expect(201);
    expect(back.body).toMatchObject({ errors: [], canCommit: true });
    expect(back.body.rows.find((r: { room: string }) => r.room === 'S1').owners[0]).toMatchObject({
      organisation: true,
      creditCode: SHOP_CODE,
      phoneMasked: expect.any(String),
    });
    await t.req().get('/api/v1/roster/template.xlsx').set(c.as('owner1')).expect(403);
  });

  it('before a committee exists the first roster is posted for 15 days and waits for the subdistrict officer', async () => {
    const c = await makeCommunity(t, { units: 1 });
    await ownerQuery(
      `DELETE FROM role_assignments WHERE community_id = $1 AND role IN ('committee_member','committee_chair')`,
      [c.communityId],
    );
    const p = await upload(c, 'manager', [T, '6幢,1单元,601,80,,,孙六,,,'].join('\n')).expect(201);
    const before = Date.now();
    const res = await propose(c, 'manager', p.body.id).expect(200);
    expect(res.body).toMatchObject({ confirmerKind: 'subdistrict', confirmationsNeeded: 1 });
    const ends = new Date(res.body.postingEndsAt).getTime();
    expect(ends - before).toBeGreaterThanOrEqual(15 * 86_400_000 - 5_000);
    expect(ends - before).toBeLessThanOrEqual(15 * 86_400_000 + 60_000);
    const [{ n }] = await ownerQuery(`SELECT count(*)::int AS n FROM units WHERE community_id = $1`, [c.communityId]);
    expect(n).toBe(1);
  });

  it('an owner identified by ID number sees it in my data; erasure clears ID number and company code', async () => {
    const c = await makeCommunity(t, { units: 1 });
    await passed(c, 'chair', [T, `7幢,1单元,701,80,,,钱七,13900007701,${QIAN_ID},`].join('\n'));
    const [p] = await ownerQuery<{ id: string }>(
      `SELECT p.id FROM ownerships o JOIN persons p ON p.id = o.person_id WHERE o.community_id = $1 AND p.name = '钱七'`,
      [c.communityId],
    );
    const h = await as(c, p.id);
    const mine = await t.req().get('/api/v1/me/data').set(h).expect(200);
    expect(mine.body.person).toMatchObject({ idNumber: QIAN_ID, creditCode: null });
    await t.req().post('/api/v1/me/erasure').set(h).send({ confirm: true }).expect(200);
    const [after] = await ownerQuery(`SELECT id_number_enc, id_number_hash, credit_code FROM persons WHERE id = $1`, [
      p.id,
    ]);
    expect(after).toEqual({ id_number_enc: null, id_number_hash: null, credit_code: null });
  });
});
