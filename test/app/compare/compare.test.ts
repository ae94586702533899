/**
 * Comparisons through the real message handler on the seeded memory store: places side by side
 * and one place over time, never answered for one place only.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Unit } from '../../../src/core/types.js';
import { chat, makeWorld, type World } from '../../support/submission-world.js';

let world: World;
let official: ReturnType<typeof chat>;

beforeAll(async () => {
  world = await makeWorld();
  const province = world.directory.current().units.find((u) => u.structure === 'post2025' && u.level === 'province') as Unit;
  await world.store.createInvite({ code: 'COMPARE1', unitId: province.id, role: 'official', createdById: null, expiresAt: '2100-01-01T00:00:00Z' });
  await world.store.redeemInvite('COMPARE1', { channel: 'console', userId: 'official', displayName: 'Cán bộ' }, world.clock.now());
  official = chat(world, 'official');
});

describe('comparison of places', () => {
  it('puts two provinces’ figures side by side, the new Hải Phòng through the old one', async () => {
    const { text } = await official.say('tỷ lệ BHYT Hải Phòng với Bắc Kạn, bên nào cao hơn?');
    expect(text).toMatch(/^So sánh tỷ lệ bao phủ bảo hiểm y tế:/);
    expect(text).toContain('- Thành phố Hải Phòng (trước 1/7/2025): 92,35% dân số — Tháng 11/2023');
    expect(text).toContain('- Tỉnh Bắc Kạn (trước 1/7/2025): 95% dân số — 9 tháng đầu năm 2021');
    expect(text).toContain('Bắc Kạn cao hơn Hải Phòng 2,65 điểm phần trăm. Lưu ý: khác kỳ');
    expect(text).toContain('Thành phố Hải Phòng hiện nay (từ 1/7/2025) chưa có số liệu riêng');
  });

  it('leaves plan fulfilment asked against the same period to the answer on the plan', async () => {
    const { text } = await official.say('So với cùng kỳ, tỷ lệ hoàn thành kế hoạch BHXH bắt buộc của Bắc Kạn 9 tháng 2021 tăng bao nhiêu?');
    expect(text).toMatch(/^Thực hiện kế hoạch được giao — Tỉnh Bắc Kạn/u);
    expect(text).toContain('95,6% kế hoạch được giao');
  });

  it('shows a merged province through the one old province of another name that has figures', async () => {
    const { text } = await official.say('So sánh BHYT Thái Nguyên và Hải Phòng');
    expect(text).toContain('- Tỉnh Bắc Kạn (trước 1/7/2025): 95% dân số');
    expect(text).toContain('Bắc Kạn cao hơn Hải Phòng 2,65 điểm phần trăm.');
    expect(text).toContain('Tỉnh Thái Nguyên hiện nay (từ 1/7/2025) chưa có số liệu riêng; trên đây là số liệu của đơn vị cũ hợp thành.');
    expect(text).not.toContain('Tỉnh Thái Nguyên: chưa có số liệu');
  });

  it('compares targets in English, naming bases that differ', async () => {
    const { text } = await official.say('Gia Lai versus Bac Kan: unemployment insurance targets 2025');
    expect(text).toMatch(/^Comparing 2025 targets: unemployment insurance coverage/);
    expect(text).toContain('Gia Lai Province (before 1 Jul 2025): 9.85%');
    expect(text).toContain('no difference is computed');
    expect(text).not.toMatch(/điểm phần trăm|Nguồn|chưa có|không cùng/u);
  });

  it('answers "so sánh … với chỉ tiêu" for one place with its figure against the targets', async () => {
    const { text } = await official.say('so sánh tỷ lệ BHXH Bắc Kạn với chỉ tiêu');
    expect(text).toContain('15,54%');
    expect(text).toContain('16%');
  });

  it('compares one place over time and names what is missing', async () => {
    const { text } = await official.say('BHTN Bắc Kạn 9 tháng 2021 so với cùng kỳ năm trước');
    expect(text).toMatch(/^Tỷ lệ tham gia bảo hiểm thất nghiệp — Tỉnh Bắc Kạn \(trước 1\/7\/2025\), so sánh theo thời gian:/);
    expect(text).toContain('- 9 tháng đầu năm 2020: chưa có số liệu.');
    expect(text).toContain('quản trị viên nạp từ tệp số liệu');
    expect(text).not.toContain('npm run');
  });

  it('says the country has no figure when a place is compared with it', async () => {
    const { text } = await official.say('so sánh BHYT Bắc Kạn với cả nước');
    expect(text).toContain('95%');
    expect(text).toContain('Chưa có số liệu tỷ lệ bao phủ bảo hiểm y tế của cả nước');
    expect(text).not.toContain('Cái Nước');
  });

  it('asks for the places when a comparison names none', async () => {
    const { text } = await official.say('so sánh giúp tôi với');
    expect(text).toMatch(/^Hãy nêu hai \(hoặc ba\) địa phương cần so sánh/);
  });

  it('lists the candidates of a shared name instead of guessing, and compares the one chosen', async () => {
    const asked = await official.say('so sánh BHXH Châu Thành và Bắc Kạn');
    expect(asked.text).toMatch(/^Có nhiều địa danh trùng tên, bạn muốn hỏi:\n1\. Huyện Châu Thành/);
    const { text } = await official.say('2');
    expect(text).toMatch(/^So sánh tỷ lệ bao phủ BHXH.*\n- Huyện Châu Thành, .*: chưa có số liệu/s);
    expect(text).toContain('- Tỉnh Bắc Kạn (trước 1/7/2025): 15,54%');
  });

  it('puts two places named for one indicator side by side, even with no comparison word', async () => {
    const { text } = await official.say('Chỉ tiêu BHXH 2025: Hải Phòng và Gia Lai');
    expect(text).toMatch(/^So sánh chỉ tiêu tỷ lệ bao phủ BHXH năm 2025:/);
    expect(text).toContain('55%');
    expect(text).toContain('16,83%');
  });

  it('reads a commune and a district named together as an address, not two places', async () => {
    expect((await official.say('bhxh xã Nghi Phong huyện Nghi Lộc')).text).not.toMatch(/^So sánh/);
  });

  it('puts a city and its province joined by "và" side by side, saying where the old city went', async () => {
    const { text } = await official.say('ty le bhxh tp vinh va tinh nghe an');
    expect(text).toMatch(/^So sánh tỷ lệ bao phủ BHXH:\n- Thành phố Vinh, Tỉnh Nghệ An \(trước 1\/7\/2025\): chưa có số liệu/);
    expect(text).toContain('- Tỉnh Nghệ An: chưa có số liệu');
    expect(text).toContain('Vinh: đã sắp xếp từ 1/7/2025 vào: Phường Thành Vinh, Phường Trường Vinh,');
  });

  it('compares a figure with its own year’s target, the target’s year being no second period', async () => {
    const { text } = await official.say("Compare Bac Kan's HI coverage in 9M 2021 with its assigned 2021 target");
    expect(text).toMatch(/^Health insurance coverage — Bac Kan Province/);
    expect(text).toContain('First nine months of 2021 (as of 30 Sep 2021): 95%');
    expect(text).toContain('2.5 percentage points short');
  });

  it('shows every target year asked over time', async () => {
    const { text } = await official.say('so sánh chỉ tiêu bhxh tự nguyện bắc kạn 2021, 2025 và 2030');
    expect(text).toMatch(/\n- 2021: 1%.*\n- 2025: 2,5%.*\n- 2030: 5%/);
  });

  it('leaves two places asked what became of them to the lineage answer', async () => {
    const { text } = await official.say('Huyện Nghi Lộc hay TP Vinh sáp nhập vào đâu?');
    expect(text).not.toMatch(/^So sánh/);
  });

  it('leaves praise to small talk, however superlative', async () => {
    expect((await official.say('the best')).text).not.toMatch(/^Ranking/);
  });

  it('reads no second place out of a request closed by "với" or out of "cung cấp"', async () => {
    const closing = await official.say('cho e hoi muc tieu ty le huong luong huu Bac Kan nam 2030 voi, e o Xa Dang Lam');
    expect(closing.text).not.toMatch(/^So sánh/);
    expect(closing.text).toContain('60%');
    const supply = await official.say('Đề nghị cung cấp tỷ lệ bao phủ BHXH tỉnh Bắc Kạn 9 tháng năm 2021, Xã Đằng Lâm cần');
    expect(supply.text).not.toMatch(/^So sánh/);
  });

  it('reads no places out of a slogan of everyday phrases', async () => {
    const { text } = await official.say('Quyết tâm hoàn thành thắng lợi nhiệm vụ năm 2025!');
    expect(text).toMatch(/^Chúc mọi người hoàn thành tốt!/);
  });

  it('asks for the second place when only one of the two compared is read, offering the closest names', async () => {
    const { text } = await official.say('BHYT: HP (T11/2023) và ĐB (9T/2021) hơn kém nhau mấy điểm %?');
    expect(text.split('\n').slice(0, 3)).toEqual([
      'Đã hiểu Thành phố Hải Phòng (trước 1/7/2025), nhưng chưa rõ địa phương còn lại.',
      'Có phải bạn muốn so sánh với:',
      '- Tỉnh Điện Biên',
    ]);
    // The seeded provinces' initials in capitals are read as the provinces.
    const both = await official.say('BHYT: HP (T11/2023) và BK (9T/2021) hơn kém nhau mấy điểm %?');
    expect(both.text).toContain('Bắc Kạn cao hơn Hải Phòng 2,65 điểm phần trăm.');
    // A paper's kind before its number is no province's initials ("KH 1736" is a plan, not Khánh Hòa).
    const plan = await official.say('So sánh BHXH Bắc Kạn 9T/2021 với mục tiêu 35% của KH 1736');
    expect(plan.text).not.toMatch(/chưa rõ địa phương còn lại|Khánh Hòa/u);
  });

  it('reads an everyday phrase typed as words as no place beside the one compared', async () => {
    const { text } = await official.say('Ý kiến chỉ đạo: rà soát xem Hải Phòng đã đạt mục tiêu BHXH 55% hay chưa, báo cáo trước thứ 6.');
    expect(text).not.toContain('Chỉ Đạo');
    expect(text).toContain('Hải Phòng');
  });

  it('leaves a figure compared with its target to the coverage answer', async () => {
    const { text } = await official.say('tỷ lệ BHXH Bắc Kạn 2021 so với chỉ tiêu');
    expect(text).toMatch(/^Tỷ lệ bao phủ BHXH — Tỉnh Bắc Kạn/);
  });
});
