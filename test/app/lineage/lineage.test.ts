/**
 * Questions about units through the real message handler on the seeded memory store: lineage both
 * ways, lists and counts of sub-units, shared names, and what is left to the other features.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { chat, makeWorld, registerFocalPoint, type World } from '../../support/submission-world.js';

let world: World;
let admin: ReturnType<typeof chat>;

beforeAll(async () => {
  world = await makeWorld();
  admin = chat(world, 'admin');
});

describe('lineage questions', () => {
  it('says what an old district went into, with the date and the source', async () => {
    const { text } = await admin.say('Huyện Can Lộc sau sắp xếp thuộc những xã nào?');
    expect(text).toMatch(/^Huyện Can Lộc, Tỉnh Hà Tĩnh \(trước 1\/7\/2025\) từ 1\/7\/2025 được sắp xếp vào 6 xã của Tỉnh Hà Tĩnh: Xã Can Lộc, Xã Tùng Lộc/);
    expect(text).toContain('Nguồn: bảng đối chiếu');
  });

  it('says which provinces a new one was formed from, in English', async () => {
    const { text } = await admin.say('Which provinces was Da Nang formed from?');
    expect(text).toMatch(/^Da Nang City \(since 1 July 2025\) was formed on 1 July 2025 by merging 2 former provinces: /);
    expect(text).toContain('Quang Nam Province');
  });

  it('corrects a misspelt name and says so', async () => {
    const { text } = await admin.say('huyen Can Loc sap nhap vao dau');
    expect(text).toContain('Xã Can Lộc');
    const typo = await admin.say('Huyện Cann Lộc sáp nhập vào đâu?');
    expect(typo.text.split('\n')[0]).toMatch(/^Hiểu "Cann Lộc" là Huyện Can Lộc/);
  });

  it('takes, among places of one name, the one the question fits, and names the other', async () => {
    const { text } = await admin.say('phuong thanh vinh duoc lap tu nhung phuong xa nao');
    expect(text).toMatch(/^Phường Thành Vinh, Tỉnh Nghệ An \(từ 1\/7\/2025\) được lập từ 6 đơn vị hành chính cấp xã cũ/);
    expect(text.split('\n').at(-1)).toMatch(/^Cùng tên: Phường Thanh Vinh, Thị xã Phú Thọ/);
  });
});

describe('lists and counts of sub-units', () => {
  it('lists the old wards of a dissolved city and what it went into', async () => {
    const { text } = await admin.say('thanh pho vinh co nhung phuong nao');
    expect(text).toMatch(/^Trước 1\/7\/2025, Thành phố Vinh, Tỉnh Nghệ An có 24 phường \(trong 33 đơn vị hành chính cấp xã: 24 phường, 9 xã\):/);
    expect(text).toContain('được sắp xếp vào 6 phường');
  });

  it('counts the communes of a current province', async () => {
    const { text } = await admin.say('Hà Tĩnh hiện có bao nhiêu xã, phường?');
    expect(text.split('\n')[0]).toBe('Hiện nay (từ 1/7/2025), Tỉnh Hà Tĩnh có 69 đơn vị hành chính cấp xã (60 xã, 9 phường).');
  });

  it('names the units of a short count, and only points to the list of a long one', async () => {
    const few = await admin.say('Huyện Ngân Sơn có mấy thị trấn, tên là gì?');
    expect(few.text.split('\n').slice(0, 2)).toEqual([
      'Trước 1/7/2025, Huyện Ngân Sơn, Tỉnh Bắc Kạn có 2 thị trấn (trong 10 đơn vị hành chính cấp xã: 8 xã, 2 thị trấn):',
      'Nà Phặc, Vân Tùng.',
    ]);
    const many = await admin.say('Hà Tĩnh hiện có bao nhiêu xã, phường?');
    expect(many.text).toContain('Xem danh sách: hỏi "Tỉnh Hà Tĩnh có những xã nào".');
  });

  it('reads the old structure when asked for districts of a current province', async () => {
    const { text } = await admin.say('How many districts does Ha Tinh have?');
    expect(text.split('\n')[0]).toBe('The district level was abolished on 1 July 2025: local government now has two levels, province and commune.');
    expect(text.split('\n')[1]).toMatch(/^Before 1 July 2025, Ha Tinh Province had 12 district-level units/);
  });

  it('asks back among places of one name and answers the same question for the number chosen', async () => {
    const asked = await admin.say('Châu Thành có những xã nào?');
    expect(asked.text).toMatch(/^Có nhiều địa danh trùng tên, bạn muốn hỏi:\n1\. Huyện Châu Thành/);
    const second = /^2\. (Huyện Châu Thành, Tỉnh [^(\n]+)/m.exec(asked.text)?.[1]?.trim();
    const { text } = await admin.say('2');
    expect(text.startsWith(`Trước 1/7/2025, ${second} có `)).toBe(true);
  });
});

describe('a registered person’s pick', () => {
  it('is remembered for the name, and the same question again answers for it with a line saying so', async () => {
    const [commune] = world.communes;
    await registerFocalPoint(world, 'fp-lineage', commune ? [commune] : []);
    const person = chat(world, 'fp-lineage');
    await person.say('Huyện Chợ Mới sáp nhập vào đâu?');
    const first = await person.say('2');
    const again = await person.say('huyen cho moi sap nhap vao dau');
    expect(again.text.split('\n').slice(1).join('\n')).toBe(first.text);
  });
});

describe('the provinces of the country', () => {
  it('lists every province when no place is named, in the structure asked', async () => {
    const now = await admin.say('hiện nay có những tỉnh, thành phố nào?');
    expect(now.text).toMatch(/^Hiện nay, cả nước có 34 tỉnh, thành phố \(27 tỉnh, 7 thành phố trực thuộc trung ương\):\nHà Nội, /);
    const before = await admin.say('Which provinces did Vietnam have before the merger?');
    expect(before.text).toMatch(/^Before 1 July 2025, Viet Nam had 63 provinces/);
    expect(before.text.split('\n')[1]?.split(', ')).toHaveLength(63);
  });
});

describe('left to the other features', () => {
  it('leaves the country to nationwide', async () => {
    const { text } = await admin.say('cả nước hiện nay có bao nhiêu phường?');
    expect(text).toMatch(/^Hiện nay, cả nước có 697 phường/);
  });

  it('leaves a question about figures to coverage', async () => {
    const { text } = await admin.say('tỷ lệ BHXH của các phường thuộc TP Vinh');
    expect(text).not.toMatch(/^Trước 1\/7\/2025, Thành phố Vinh/);
    expect(text).toContain('số liệu');
  });

  it('says which place it could not find, with suggestions', async () => {
    const { text } = await admin.say('Huyện Xyzabc sáp nhập vào đâu?');
    expect(text).toMatch(/^Không tìm thấy địa danh/);
  });
});
