import { recordCommitteesBeforeElections } from '../../database/migrations/1797000500000-committee.js';
import type { DataSource, EntityManager } from 'typeorm';
import { FieldCipher } from '../../common/crypto.js';

/**
 * The demo district used by `pnpm dev`, the browser tests and the benchmarks' small fixtures. Deterministic
 * (fixed pseudo-random seed) and idempotent: a second run finds the district and changes nothing.
 *
 * 柯城区 (demo) with 阳光花园 (300 homes, 4 shops, 20 parking spaces; multi-unit owners, a co-owned flat,
 * developer stock, tenants, a committee of 5, property manager and staff, a neighbourhood officer) and the small
 * 桂花苑 (12 homes), a district regulator and a platform administrator.
 */
export const DEMO_DISTRICT_CODE = 'DEMO-KC';

const SURNAMES =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤'.split(
    '',
  );
const GIVEN =
  '伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华建国玉兰海燕红梅志强文斌晓东春花建华丽娟德明淑珍'.match(
    /.{1,2}/g,
  )!;

function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface DemoPersona {
  key: string;
  name: string;
  personId: string;
}

export interface DemoSeedResult {
  created: boolean;
  districtId: string;
  communities: { id: string; name: string }[];
  personas: DemoPersona[];
}

export async function seedDemo(ds: DataSource, dataKey: string): Promise<DemoSeedResult> {
  const cipher = new FieldCipher(dataKey);
  return ds.transaction(async (m) => {
    const existing: Array<{ id: string }> = await m.query('SELECT id FROM districts WHERE code = $1', [
      DEMO_DISTRICT_CODE,
    ]);
    if (existing.length) {
      const communities = await m.query('SELECT id, name FROM communities WHERE district_id = $1 ORDER BY name', [
        existing[0].id,
      ]);
      return { created: false, districtId: existing[0].id, communities, personas: await personas(m) };
    }
    const random = rng(20261122);
    const pick = <T>(xs: T[]) => xs[Math.floor(random() * xs.length)];
    let phoneSeq = 0;
    const person = async (name: string, opts: { org?: boolean; demo?: string } = {}) => {
      phoneSeq += 1;
      const phone = `139${String(10000000 + phoneSeq * 7919).slice(-8)}`;
      const [row] = await m.query(
        `INSERT INTO persons (name, phone_enc, phone_hash, is_organisation) VALUES ($1, $2, $3, $4) RETURNING id`,
        [name, opts.org ? null : cipher.encrypt(phone), opts.org ? null : cipher.blindIndex(phone), !!opts.org],
      );
      return row.id as string;
    };
    const [district] = await m.query(`INSERT INTO districts (name, code) VALUES ('柯城区（演示）', $1) RETURNING id`, [
      DEMO_DISTRICT_CODE,
    ]);
    // Subdistrict offices (街道办事处): the filing authority of each community's committee.
    const [hehua] = await m.query(`INSERT INTO subdistricts (district_id, name) VALUES ($1, '荷花街道') RETURNING id`, [
      district.id,
    ]);
    const [fushan] = await m.query(
      `INSERT INTO subdistricts (district_id, name) VALUES ($1, '府山街道') RETURNING id`,
      [district.id],
    );
    const [big] = await m.query(
      `INSERT INTO communities (district_id, subdistrict_id, name, address, settings) VALUES ($1, $2, '阳光花园', '衢州市柯城区荷花街道阳光路 88 号', $3) RETURNING id, name`,
      [
        district.id,
        hehua.id,
        JSON.stringify({
          publicationFrequency: 'half_yearly',
          topUpRule: 'huzhou',
          autoCloseDays: 7,
          committeeProfile: 'zhejiang',
        }),
      ],
    );
    // 桂花苑 is newly delivered: no owners' committee yet (the subdistrict forms a 物业管理委员会 first).
    const [small] = await m.query(
      `INSERT INTO communities (district_id, subdistrict_id, name, address, settings) VALUES ($1, $2, '桂花苑', '衢州市柯城区府山街道桂花巷 6 号', $3) RETURNING id, name`,
      [district.id, fushan.id, JSON.stringify({ committeeProfile: 'zhejiang' })],
    );

    const mkUnits = async (
      communityId: string,
      buildings: number,
      entrances: number,
      floors: number,
      perFloor: number,
    ) => {
      const units: Array<{ id: string; building: string; room: string }> = [];
      for (let b = 1; b <= buildings; b++) {
        const [bld] = await m.query(
          'INSERT INTO buildings (community_id, name, sort) VALUES ($1, $2, $3) RETURNING id',
          [communityId, `${b}幢`, b],
        );
        for (let e = 1; e <= entrances; e++) {
          for (let f = 1; f <= floors; f++) {
            for (let r = 1; r <= perFloor; r++) {
              const room = `${f}0${r}`;
              const area = 6000 + Math.floor(random() * 8000); // 60.00–139.99 m²
              const roll = random();
              const source = roll < 0.85 ? 'registered' : roll < 0.95 ? 'surveyed' : 'contract';
              const [u] = await m.query(
                `INSERT INTO units (community_id, building_id, entrance, room, kind, area_hundredths, area_source) VALUES ($1,$2,$3,$4,'flat',$5,$6) RETURNING id`,
                [communityId, bld.id, `${e}单元`, room, area, source],
              );
              units.push({ id: u.id, building: `${b}幢`, room });
            }
          }
        }
      }
      return units;
    };
    // 阳光花园: 10 buildings × 2 entrances × 5 floors × 3 flats = 300 homes.
    const bigUnits = await mkUnits(big.id, 10, 2, 5, 3);
    const [shopBld] = await m.query(
      `INSERT INTO buildings (community_id, name, sort) VALUES ($1, '商业楼', 90) RETURNING id`,
      [big.id],
    );
    for (let i = 1; i <= 4; i++) {
      await m.query(
        `INSERT INTO units (community_id, building_id, entrance, room, kind, area_hundredths, area_source) VALUES ($1,$2,'','S0${i}','shop',$3,'registered')`,
        [big.id, shopBld.id, 4000 + i * 1500],
      );
    }
    const [garage] = await m.query(
      `INSERT INTO buildings (community_id, name, sort) VALUES ($1, '地下车库', 99) RETURNING id`,
      [big.id],
    );
    for (let i = 1; i <= 20; i++) {
      await m.query(
        `INSERT INTO units (community_id, building_id, entrance, room, kind, area_hundredths, area_source) VALUES ($1,$2,'','P${String(i).padStart(3, '0')}','parking',1250,'registered')`,
        [big.id, garage.id],
      );
    }
    const smallUnits = await mkUnits(small.id, 2, 1, 3, 2);

    const own = (communityId: string, unitId: string, personId: string, developer = false, designated = true) =>
      m.query(
        'INSERT INTO ownerships (community_id, unit_id, person_id, is_developer, is_designated_voter) VALUES ($1,$2,$3,$4,$5)',
        [communityId, unitId, personId, developer, designated],
      );
    const assign = (personId: string, role: string, communityId: string | null, districtId: string | null = null) =>
      m.query('INSERT INTO role_assignments (person_id, role, community_id, district_id) VALUES ($1,$2,$3,$4)', [
        personId,
        role,
        communityId,
        districtId,
      ]);
    const bind = (communityId: string, unitId: string, personId: string, relation: string) =>
      m.query(
        `INSERT INTO residencies (community_id, unit_id, person_id, relation, status, auto_approved, decided_at) VALUES ($1,$2,$3,$4,'approved',true,now())`,
        [communityId, unitId, personId, relation],
      );

    // Developer stock: the last 15 flats of building 10 are unsold, held by the developer (one head).
    const developer = await person('衢州阳光置业有限公司', { org: true });
    const unsold = bigUnits.slice(-15);
    for (const u of unsold) await own(big.id, u.id, developer, true);
    // Named demo owners.
    const wang = await person('王秀英'); // resident owner, elderly
    const zhangMulti = await person('张建国'); // owns three flats
    const coA = await person('刘海燕');
    const coB = await person('陈志强');
    const chair = await person('周德明');
    const members = [await person('吴淑珍'), await person('郑文斌'), await person('孙丽娟'), await person('马晓东')];
    let idx = 0;
    const next = () => bigUnits[idx++];
    const wangUnit = next();
    await own(big.id, wangUnit.id, wang);
    await bind(big.id, wangUnit.id, wang, 'owner');
    for (let i = 0; i < 3; i++) await own(big.id, next().id, zhangMulti);
    const coUnit = next();
    await own(big.id, coUnit.id, coA, false, true);
    await own(big.id, coUnit.id, coB, false, false);
    const chairUnit = next();
    await own(big.id, chairUnit.id, chair);
    // The demo committee was recorded before elections were supported (as the migration marks today's committees)
    // until an election's filing is confirmed.
    await assign(chair, 'committee_chair', big.id);
    for (const mem of members) {
      await own(big.id, next().id, mem);
      await assign(mem, 'committee_member', big.id);
    }
    await recordCommitteesBeforeElections(m);
    // The rest of the sold flats: one owner each, with generated names.
    while (idx < bigUnits.length - unsold.length) {
      await own(big.id, next().id, await person(pick(SURNAMES) + pick(GIVEN)));
    }
    // Shops and parking: shops owned by individuals; parking spaces by the flat owners of building 1.
    const shops: Array<{ id: string }> = await m.query(
      `SELECT id FROM units WHERE community_id = $1 AND kind = 'shop'`,
      [big.id],
    );
    for (const s of shops) await own(big.id, s.id, await person(pick(SURNAMES) + pick(GIVEN)));
    const parking: Array<{ id: string }> = await m.query(
      `SELECT id FROM units WHERE community_id = $1 AND kind = 'parking' ORDER BY room`,
      [big.id],
    );
    const firstOwners: Array<{ person_id: string }> = await m.query(
      `SELECT o.person_id FROM ownerships o JOIN units u ON u.id = o.unit_id WHERE u.community_id = $1 AND u.kind = 'flat' AND NOT o.is_developer ORDER BY u.room, u.entrance LIMIT 20`,
      [big.id],
    );
    for (let i = 0; i < parking.length; i++)
      await own(big.id, parking[i].id, firstOwners[i % firstOwners.length].person_id);
    // A tenant and a family member.
    const tenant = await person('李明');
    await bind(big.id, bigUnits[40].id, tenant, 'tenant');
    const family = await person('王小红');
    await bind(big.id, wangUnit.id, family, 'family');
    // Property company and officers.
    const manager = await person('赵物业经理');
    await assign(manager, 'property_manager', big.id);
    await assign(manager, 'property_manager', small.id);
    const staff1 = await person('钱维修');
    const staff2 = await person('孙保洁');
    for (const s of [staff1, staff2]) {
      await assign(s, 'property_staff', big.id);
      await assign(s, 'property_staff', small.id);
    }
    const officer = await person('冯社区');
    await assign(officer, 'neighbourhood_officer', big.id);
    await assign(officer, 'neighbourhood_officer', small.id);
    const subOfficer = await person('孙街道');
    for (const s of [hehua.id, fushan.id])
      await m.query(
        `INSERT INTO role_assignments (person_id, role, subdistrict_id) VALUES ($1, 'subdistrict_officer', $2)`,
        [subOfficer, s],
      );
    const regulator = await person('黄监管');
    await assign(regulator, 'regulator', null, district.id);
    const admin = await person('平台管理员');
    // A platform admin acts everywhere (the guard looks at the role alone); the demo's carries the demo district so
    // the development sign-in can tell it from a real platform admin (IdentityService.assertDevLoginPerson).
    await assign(admin, 'platform_admin', null, district.id);
    // 桂花苑: every flat has one owner; one resident bound.
    for (const u of smallUnits) await own(small.id, u.id, await person(pick(SURNAMES) + pick(GIVEN)));
    const smallOwner: Array<{ person_id: string; unit_id: string }> = await m.query(
      `SELECT o.person_id, o.unit_id FROM ownerships o WHERE o.community_id = $1 ORDER BY o.created_at, o.unit_id LIMIT 1`,
      [small.id],
    );
    await bind(small.id, smallOwner[0].unit_id, smallOwner[0].person_id, 'owner');
    const personaRows = await personas(m);
    return { created: true, districtId: district.id, communities: [big, small], personas: personaRows };
  });
}

async function personas(m: EntityManager): Promise<DemoPersona[]> {
  const wanted: Array<[string, string]> = [
    ['resident', '王秀英'],
    ['tenant', '李明'],
    ['multi_owner', '张建国'],
    ['chair', '周德明'],
    ['committee', '吴淑珍'],
    ['committee2', '郑文斌'],
    ['property_manager', '赵物业经理'],
    ['property_staff', '钱维修'],
    ['officer', '冯社区'],
    ['subdistrict', '孙街道'],
    ['regulator', '黄监管'],
    ['admin', '平台管理员'],
  ];
  const rows: Array<{ id: string; name: string }> = await m.query('SELECT id, name FROM persons WHERE name = ANY($1)', [
    wanted.map((w) => w[1]),
  ]);
  return wanted.flatMap(([key, name]) => {
    const r = rows.find((x) => x.name === name);
    return r ? [{ key, name, personId: r.id }] : [];
  });
}
