import { makeCommunity, type CommunityFixture } from './factories.js';
import { startTestApp, type TestApp } from './harness.js';

/** What the report form and the manager's 「派单」 offer: my units, the property company's people. */
describe('repairs: choices for the report form and for assigning', () => {
  let t: TestApp;
  let c: CommunityFixture;
  let c2: CommunityFixture;
  beforeAll(async () => {
    t = await startTestApp();
    c = await makeCommunity(t);
    c2 = await makeCommunity(t, { districtId: c.districtId });
  });
  afterAll(async () => t.close());

  it('lists the units a resident may report for, and a unit report with that id is accepted', async () => {
    const mine = await t.req().get('/api/v1/repairs/my-units').set(c.as('owner1')).expect(200);
    expect(mine.body).toEqual([{ id: c.units[0].id, label: '1幢1单元101' }]);
    // The tenant bound to the same flat gets it too; a committee member bound to nothing gets none.
    expect(
      (await t.req().get('/api/v1/repairs/my-units').set(c.as('tenant')).expect(200)).body.map(
        (u: { id: string }) => u.id,
      ),
    ).toEqual([c.units[0].id]);
    await t.req().get('/api/v1/repairs/my-units').set(c.as('staff')).expect(403);
    await t
      .req()
      .post('/api/v1/repairs')
      .set(c.as('owner1'))
      .send({
        areaKind: 'unit',
        unitId: mine.body[0].id,
        category: 'water',
        description: '水管漏水',
        location: '厨房',
        urgency: 'urgent',
      })
      .expect(201);
  });

  it('lists the property people of this community only to the manager, and assigning to one of them works', async () => {
    const staff = await t.req().get('/api/v1/repairs/staff').set(c.as('manager')).expect(200);
    expect(staff.body).toEqual([
      { id: c.people.staff, name: '维修工', role: 'property_staff' },
      { id: c.people.manager, name: '物业经理', role: 'property_manager' },
    ]);
    expect(staff.body.some((p: { id: string }) => p.id === c2.people.staff)).toBe(false);
    await t.req().get('/api/v1/repairs/staff').set(c.as('staff')).expect(403);
    await t.req().get('/api/v1/repairs/staff').set(c.as('owner1')).expect(403);
    const ticket = await t
      .req()
      .post('/api/v1/repairs')
      .set(c.as('owner2'))
      .send({ areaKind: 'common', category: 'lift', description: '电梯异响', location: '1幢电梯', urgency: 'normal' })
      .expect(201);
    const assigned = await t
      .req()
      .post(`/api/v1/repairs/${ticket.body.id}/assign`)
      .set(c.as('manager'))
      .send({ assigneeId: staff.body[0].id })
      .expect(200);
    expect(assigned.body.assigneeName).toBe('维修工');
  });
});
