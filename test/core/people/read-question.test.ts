import { describe, expect, it } from 'vitest';
import { type PeopleKind, readPeopleQuestion } from '../../../src/core/people/index.js';

const kindOf = (text: string): PeopleKind | null => readPeopleQuestion(text)?.kind ?? null;

describe('readPeopleQuestion: how many people', () => {
  it.each([
    'Thái Nguyên hiện có bao nhiêu người đóng BHXH?',
    'cho hỏi số lao động tham gia bảo hiểm thất nghiệp của Nghệ An',
    'nghe an co bn nguoi tham gia bhyt',
    'How many people in Lao Cai have health insurance?',
    'total number of insured workers in Quang Ninh',
    'Bắc Ninh mấy người hưởng lương hưu',
    'so ld tham gia bhxh o bac kan den het quy 3/2021',
    'Số NLĐ tham gia BHTN Nghệ An',
    'Bắc Cạn có bao nhiêu ng tham gia bhxh',
    'BAC KAN HOW MANY PPL ON SOCIAL INSURANCE',
    'sếp hỏi số ng tham gia bhxh của Bắc Kạn hiện nay là bao nhiêu',
    'so ng dong bhxh o bac kan hien tai la bn vay',
  ])('reads %s as a count', (text) => {
    expect(kindOf(text)).toBe('count');
  });

  it('tells who is counted: participants, the population or the workers', () => {
    expect(readPeopleQuestion('Dân số Hà Nam là bao nhiêu?')?.subject).toBe('population');
    expect(readPeopleQuestion('What is the population of Ninh Binh?')?.subject).toBe('population');
    expect(readPeopleQuestion('Nam Định có bao nhiêu lao động có việc làm?')?.subject).toBe('labour');
    expect(readPeopleQuestion('Nam Định có bao nhiêu lao động tham gia BHXH?')?.subject).toBe('participants');
    expect(readPeopleQuestion('Bắc Kạn còn bao nhiêu lao động chưa tham gia BHXH?')).toMatchObject({ kind: 'count', subject: 'uncovered' });
    expect(readPeopleQuestion('bao nhieu nguoi chua co the bhyt o Hai Phong')?.subject).toBe('uncovered');
    expect(readPeopleQuestion('How many people in Bac Kan are not covered by social insurance?')?.subject).toBe('uncovered');
    expect(readPeopleQuestion('How many workers in Bac Kan are uninsured?')?.subject).toBe('uncovered');
  });

  it('leaves a share to the coverage answer, unless the count is asked outright', () => {
    expect(kindOf('Hà Nam phấn đấu bao nhiêu % dân số có thẻ BHYT?')).toBeNull();
    expect(kindOf('Tỷ lệ số người tham gia BHXH của Hà Nam')).toBeNull();
    expect(kindOf('Tỷ lệ và bao nhiêu người tham gia BHXH ở Hà Nam')).toBe('count');
  });

  it('is no count of administrative units', () => {
    expect(kindOf('Tỉnh Lâm Đồng mới có bao nhiêu xã, phường?')).toBeNull();
    expect(kindOf('How many districts did Quang Nam have?')).toBeNull();
  });
});

describe('readPeopleQuestion: shortfall', () => {
  it.each([
    'Nghệ An còn thiếu mấy người tham gia BHTN mới đạt chỉ tiêu?',
    'nghe an can van dong them bao nhieu nguoi tham gia bhxh tu nguyen',
    'Để đạt mục tiêu 20% Quảng Trị phải tăng thêm bao nhiêu lao động tham gia BHXH?',
    'How many additional workers must Dak Lak enrol to meet its social insurance goal?',
    'how many extra workers Backan had to enrol to get to 16 percent SI coverage in 2021',
    'Quang Tri: how many people short of the 2025 target?',
    'Chỉ tiêu BHXH năm 2025 của Hà Tĩnh tương ứng bao nhiêu người?',
  ])('reads %s as a shortfall', (text) => {
    expect(kindOf(text)).toBe('shortfall');
  });

  it('reads the level a question names as the target', () => {
    expect(readPeopleQuestion('Phú Thọ cần thêm bao nhiêu người để đạt 18,5% lao động tham gia BHXH?')?.namedPercent).toBe(18.5);
    expect(readPeopleQuestion('Phú Thọ đang 15,2%, cần thêm bao nhiêu người để đạt 17%?')?.namedPercent).toBe(17);
    expect(readPeopleQuestion('Phú Thọ còn thiếu bao nhiêu người để đạt chỉ tiêu?')?.namedPercent).toBeNull();
  });

  it('does not read "nửa" (half) as "nữa" (more)', () => {
    expect(kindOf('Số người tham gia BHXH nửa đầu năm 2024 ở Phú Thọ')).toBe('count');
  });
});

describe('readPeopleQuestion: reached or not', () => {
  it.each([
    'Quảng Ninh đã hoàn thành chỉ tiêu BHYT năm 2024 chưa?',
    'quang ninh co dat muc tieu bhtn 2025 khong',
    'Lạng Sơn đạt bao nhiêu phần trăm chỉ tiêu BHXH?',
    'Did Son La meet its pension target?',
    'Is Dien Bien on track for its 2025 health insurance goal?',
  ])('reads %s as reached or not', (text) => {
    expect(kindOf(text)).toBe('reached');
  });

  it('does not read a question about the target itself', () => {
    expect(kindOf('Tỉnh Sơn La đặt mục tiêu BHXH năm 2025 là bao nhiêu?')).toBeNull();
    expect(kindOf('Chỉ tiêu BHTN Sơn La năm 2025 phải đạt bao nhiêu %?')).toBeNull();
    expect(kindOf('What target must Son La reach in 2025?')).toBeNull();
    expect(kindOf('Son La social insurance target 2025')).toBeNull();
  });

  it.each([
    'theo ke hoach thi bac kan phai dat bao nhieu % bhxh nam 2025',
    'Theo kế hoạch, năm 2025 Bắc Kạn cần đạt tỷ lệ bao nhiêu % BHYT?',
    'Kế hoạch giao Sơn La phải đạt bao nhiêu phần trăm BHTN?',
  ])('reads the level a plan sets as asked for itself, not reached: %s', (text) => {
    expect(kindOf(text)).toBeNull();
  });

  it('still reads how far a count went towards its plan', () => {
    expect(kindOf('Bắc Kạn đạt bao nhiêu % kế hoạch BHYT năm 2021')).toBe('fulfilment');
  });
});

describe('readPeopleQuestion: plan fulfilment', () => {
  it.each([
    'BHXH bắt buộc Yên Bái hoàn thành được mấy % kế hoạch?',
    'tien do thuc hien ke hoach bhtn yen bai 9 thang',
    'Yen Bai compulsory participants: what percentage of the plan so far?',
    'BHXHBB Bắc Kạn đạt mấy phần trăm KH giao?',
    'ke hoach phat trien doi tuong bhxh bat buoc o bac kan thuc hien duoc bao nhieu',
    'Số người tham gia BHTN của Bắc Kạn còn thiếu bao nhiêu phần trăm so với kế hoạch giao?',
    'Lũy kế 9 tháng năm 2021, số người tham gia BHXH bắt buộc tỉnh Bắc Kạn đạt bao nhiêu % KH?',
    'bac kan hoan thanh ke hoach bhxh bat buoc hay bhtn tot hon',
  ])('reads %s as plan fulfilment', (text) => {
    expect(kindOf(text)).toBe('fulfilment');
  });

  it('leaves the plan asked for itself ("kế hoạch giao … là bao nhiêu %") to the coverage answer', () => {
    expect(kindOf('Kế hoạch giao BHYT Bắc Kạn năm 2021 là bao nhiêu %?')).toBeNull();
    expect(kindOf('kh giao bhyt bac kan nam 2021 la bao nhieu %')).toBeNull();
    expect(kindOf('kế hoạch giao BHYT Bắc Kạn 2021, đã thực hiện được bao nhiêu %')).toBe('fulfilment');
  });

  it('reads "dt", as officials shorten "đối tượng", as people', () => {
    expect(kindOf('bac kan con phai phat trien them bao nhieu dt tham gia bhxh')).toBe('shortfall');
  });

  it('does not read "kh" texted for "không" as a plan', () => {
    expect(kindOf('bac kan kh co so lieu bhxh ah')).toBeNull();
  });

  it('does not read a plan named as the source of a target', () => {
    expect(kindOf('Chỉ tiêu BHXH Yên Bái theo kế hoạch 156 là bao nhiêu %?')).toBeNull();
  });
});

describe('readPeopleQuestion: other kinds', () => {
  it('leaves comparisons and rankings alone', () => {
    expect(kindOf('So sánh số người tham gia BHXH của Hà Nam và Ninh Bình')).toBeNull();
    expect(kindOf('Tỉnh nào còn thiếu nhiều người nhất để đạt chỉ tiêu?')).toBeNull();
    expect(kindOf('Which province has the most insured people?')).toBeNull();
  });

  it('is null for coverage, greetings and nonsense, and never throws', () => {
    expect(kindOf('tỷ lệ bao phủ BHXH Hà Nam 2024')).toBeNull();
    expect(kindOf('xin chào')).toBeNull();
    expect(kindOf('')).toBeNull();
    expect(readPeopleQuestion(undefined as unknown as string)).toBeNull();
  });
});

describe('readPeopleQuestion: a gap asked as a share', () => {
  it('is reached or not, which gives the gap in points', () => {
    expect(kindOf('Tỷ lệ BHXH của Phú Thọ còn thiếu bao nhiêu so với chỉ tiêu?')).toBe('reached');
    expect(kindOf('What is the coverage gap between Phu Tho and its target?')).toBe('reached');
    expect(kindOf('Phú Thọ còn thiếu bao nhiêu người so với chỉ tiêu?')).toBe('shortfall');
    // The level named stands for the target.
    expect(kindOf('bhyt hai phong con thieu bn % nua moi dat 95% a')).toBe('reached');
    expect(kindOf('hai phong con thieu bao nhieu nguoi nua moi dat 95%')).toBe('shortfall');
    expect(kindOf('bhtn bac kan 8,03% vs ct 9% -> dat chua, thieu bn diem %')).toBe('reached');
  });
});

describe('readPeopleQuestion: counts named in English', () => {
  it.each(['Quang Ngai insured people count', "What is Quang Ngai's population?", 'health insurance participants total for Quang Ngai'])(
    'reads %s as a count',
    (text) => {
      expect(kindOf(text)).toBe('count');
    },
  );
});

describe('readPeopleQuestion: more ways of asking', () => {
  it('reads a level named with a reaching word as reached or not', () => {
    expect(readPeopleQuestion('BHXH Hà Giang năm 2024 đã đạt 20% chưa?')).toEqual({ kind: 'reached', subject: 'participants', namedPercent: 20 });
    expect(kindOf('Did Ha Giang reach 20% social insurance coverage?')).toBe('reached');
    expect(readPeopleQuestion('Ha Giang on track for 20% by 2026?')?.namedPercent).toBe(20);
    expect(kindOf('Is Ha Giang below its health insurance target?')).toBe('reached');
  });

  it('reads the numerator and denominator of a rate as counts, the denominator first', () => {
    expect(readPeopleQuestion('Mẫu số tính tỷ lệ BHXH của Hà Giang là bao nhiêu?')).toMatchObject({ kind: 'count', subject: 'labour' });
    expect(kindOf('tu so va mau so bhyt ha giang')).toBe('count');
  });

  it('reads how far a plan has gone', () => {
    expect(kindOf('Hà Giang thực hiện kế hoạch BHTN đến đâu rồi?')).toBe('fulfilment');
  });
});

describe('readPeopleQuestion: reaching closed by a particle', () => {
  it('is reached or not without a target word', () => {
    expect(kindOf('bhtn Điện Biên năm 2024 đạt chưa?')).toBe('reached');
    expect(kindOf('dien bien bhyt 2024 hoan thanh khong')).toBe('reached');
    expect(kindOf('Điện Biên đạt bao nhiêu % BHYT')).toBeNull();
  });
});

describe('readPeopleQuestion: words that look like others', () => {
  it('reads a figure set against its target ("vs the 2021 assigned target") as a shortfall, not a comparison of places', () => {
    expect(kindOf('shortfall in SI participants for Bac Kan vs the 2021 assigned target')).toBe('shortfall');
    expect(kindOf('participants in Bac Kan vs Thai Binh')).toBeNull();
  });

  it('takes "gap" for a shortfall only as the English word, not "gấp" (urgent) or "gặp" typed without marks', () => {
    expect(kindOf('what is the gap to the 2021 target for Bac Kan social insurance')).toBe('shortfall');
    expect(kindOf('nho ban tra giup chi tieu bhyt giao cho bac kan nam 2021 nhe, dang can gap')).toBeNull();
    expect(kindOf('Sếp đang hỏi gấp: mục tiêu BHTN Bắc Kạn năm 2030 là mấy phần trăm vậy?')).toBeNull();
  });
});

describe('readPeopleQuestion: the people left out, named by their state', () => {
  it.each([
    "out of Bac Kan's employed workers at end-Sept 2021, how many had no social insurance at all?",
    'Số người tham gia BHXH Bắc Kạn chiếm 15,54% thì phần còn lại 84,46% là bao nhiêu người?',
    'Bac Kan social insurance 9M 2021 how many not covered',
    'BAC KAN SI 9M 2021: HOW MANY COVERED AND HOW MANY STILL NOT COVERED',
    'how many are uninsured in Bac Kan',
  ])('counts those not covered: %s', (text) => {
    expect(readPeopleQuestion(text)).toMatchObject({ kind: 'count', subject: 'uncovered' });
  });
});

describe('readPeopleQuestion: the share of those not taking part', () => {
  it.each([
    'so ld co viec lam o bac kan chua tham gia bhxh chiem bao nhieu phan tram',
    'Bac Kan, Sept 2021: of the employed workers, how many still lack social insurance, and what share is that?',
  ])('reads %s as a count of those not taking part', (text) => {
    expect(readPeopleQuestion(text)).toMatchObject({ kind: 'count', subject: 'uncovered' });
  });
});
