/**
 * What a word of the trade means, in a few lines: the abbreviation written out, how the rate is
 * computed (from the indicator catalogue, DESIGN 2.2), and an example question. Pure texts in
 * Vietnamese and English.
 */
import { indicatorDef } from '../indicators/index.js';
import type { IndicatorCode, Language } from '../types.js';
import type { GlossaryWord, Term } from './read-meaning.js';

type Texts = Readonly<Record<Language, string>>;

/** The abbreviations written out. */
const SPELLED_OUT: Readonly<Partial<Record<IndicatorCode, Texts>>> = {
  bhxh: { vi: 'BHXH là bảo hiểm xã hội (bắt buộc và tự nguyện).', en: 'BHXH is social insurance (bảo hiểm xã hội), compulsory and voluntary.' },
  bhxh_bb: {
    vi: 'BHXH bắt buộc: loại hình bảo hiểm xã hội mà người lao động và người sử dụng lao động bắt buộc phải tham gia.',
    en: 'Compulsory social insurance (BHXH bắt buộc): the social insurance that workers and their employers must join.',
  },
  bhxh_tn: {
    vi: 'BHXH tự nguyện: loại hình bảo hiểm xã hội mà người lao động tự nguyện tham gia, được chọn mức đóng và cách đóng.',
    en: 'Voluntary social insurance (BHXH tự nguyện): the social insurance people join of their own will, choosing how much and how often they pay.',
  },
  bhtn: { vi: 'BHTN là bảo hiểm thất nghiệp.', en: 'BHTN is unemployment insurance (bảo hiểm thất nghiệp).' },
  bhyt: { vi: 'BHYT là bảo hiểm y tế.', en: 'BHYT is health insurance (bảo hiểm y tế).' },
};

const EXAMPLE: Readonly<Record<IndicatorCode, Texts>> = {
  bhxh: { vi: 'bhxh Nghệ An 2024', en: 'social insurance Nghe An 2024' },
  bhxh_bb: { vi: 'bhxh bắt buộc Hải Phòng', en: 'compulsory social insurance Hai Phong' },
  bhxh_tn: { vi: 'bhxh tự nguyện Hải Phòng', en: 'voluntary social insurance Hai Phong' },
  bhtn: { vi: 'bhtn Gia Lai 2023', en: 'unemployment insurance Gia Lai 2023' },
  bhyt: { vi: 'bhyt Hải Phòng', en: 'health insurance Hai Phong' },
  huu: { vi: 'lương hưu Hải Phòng 2025', en: 'pension Hai Phong 2025' },
  hai_long: { vi: 'mức độ hài lòng Bắc Kạn 2030', en: 'satisfaction Bac Kan 2030' },
  gd_dien_tu: { vi: 'giao dịch điện tử Bắc Kạn 2021', en: 'electronic transactions Bac Kan 2021' },
};

const WORDS: Readonly<Record<GlossaryWord, Texts>> = {
  coverage: {
    vi:
      'Tỷ lệ bao phủ: số người tham gia bảo hiểm chia cho số người thuộc diện, tính bằng %.\n' +
      'BHXH, BHTN tính trên lực lượng lao động trong độ tuổi; BHYT trên dân số; hưởng lương hưu trên số người sau tuổi nghỉ hưu.\n' +
      'Ví dụ hỏi: bhxh Nghệ An 2024, bhyt Hải Phòng.',
    en:
      'Coverage rate: the people insured divided by the people it could cover, as a percentage.\n' +
      'Social and unemployment insurance are shares of the working-age labour force; health insurance of the population; pensions of people past retirement age.\n' +
      'Try: social insurance Nghe An 2024, health insurance Hai Phong.',
  },
  target: {
    vi:
      'Chỉ tiêu: tỷ lệ phải đạt trong một năm, theo một văn bản (nghị quyết, kế hoạch của tỉnh, hoặc chỉ tiêu Chính phủ giao). Hai nguồn khác nhau thì tôi nêu cả hai và nói rõ nguồn nào.\n' +
      '"Đạt X% kế hoạch": số người tham gia so với số kế hoạch giao, không phải tỷ lệ bao phủ.\n' +
      'Ví dụ hỏi: chỉ tiêu BHTN Gia Lai 2023.',
    en:
      'Target: the rate to reach in a year, set by a document (a resolution, a provincial plan, or the target the government assigned). Where two sources differ I give both and say which is which.\n' +
      '"X% of plan": participants against the number the plan assigned, not a coverage rate.\n' +
      'Try: Gia Lai unemployment insurance 2023 target.',
  },
  gap: {
    vi: 'Mức còn thiếu: chỉ tiêu trừ số thực hiện, tính bằng điểm phần trăm; chỉ trừ hai tỷ lệ cùng một mẫu số.\nVí dụ hỏi: Bắc Kạn còn thiếu bao nhiêu để đạt chỉ tiêu BHYT 2021.',
    en: 'Gap: the target minus the figure, in percentage points; only two rates of the same basis are subtracted.\nTry: how far is Bac Kan from its 2021 health insurance target.',
  },
  labour_force: {
    vi: 'Lực lượng lao động trong độ tuổi (ld): mẫu số của tỷ lệ BHXH và BHTN. Khi nộp số liệu, "ld <số>" là số người đó.',
    en: 'Working-age labour force (ld): the basis of the social and unemployment insurance rates. In a submission, "ld <number>" is that count.',
  },
  population: {
    vi: 'Dân số (ds): mẫu số của tỷ lệ BHYT. Khi nộp số liệu, "ds <số>" là số dân.',
    en: 'Population (ds): the basis of the health insurance rate. In a submission, "ds <number>" is the population.',
  },
  past_retirement_age: {
    vi: 'Số người sau tuổi nghỉ hưu (sth): mẫu số của tỷ lệ hưởng lương hưu, trợ cấp. Khi nộp số liệu, "sth <số>" là số người đó.',
    en: 'People past retirement age (sth): the basis of the pension rate. In a submission, "sth <number>" is that count.',
  },
  special_zone: {
    vi: 'Đặc khu: đơn vị hành chính cấp xã ở hải đảo, ngang xã và phường, có từ 1/7/2025.\nVí dụ hỏi: có bao nhiêu đặc khu.',
    en: 'Special zone (đặc khu): a commune-level unit on islands, on a par with communes and wards, since 1 July 2025.\nTry: how many special zones are there.',
  },
  commune_level: {
    vi: 'Cấp xã: xã, phường và đặc khu (từ 1/7/2025); trước đó xã, phường và thị trấn. Từ 1/7/2025 cấp xã trực thuộc tỉnh.\nVí dụ hỏi: Nghệ An có bao nhiêu xã.',
    en: 'Commune level: communes, wards and special zones (since 1 July 2025); before, communes, wards and townships. Since 1 July 2025 they answer to the province.\nTry: how many communes does Nghe An have.',
  },
  district_level: {
    vi: 'Cấp huyện (huyện, quận, thị xã, thành phố thuộc tỉnh) không còn từ 1/7/2025. Số liệu cũ của huyện vẫn hỏi được, kèm các đơn vị mới đã thay nó.\nVí dụ hỏi: bhxh thành phố Vinh.',
    en: 'The district level (rural and urban districts, towns, provincial cities) ended on 1 July 2025. Its old figures can still be asked, with the new units that replaced it.\nTry: coverage for Vinh city.',
  },
  reorganisation: {
    vi: 'Từ 1/7/2025: 63 tỉnh, thành phố thành 34, bỏ cấp huyện, nhiều xã, phường nhập lại. Hỏi đơn vị cũ vẫn được: tôi nói nó đã vào đơn vị mới nào.\nVí dụ hỏi: Bắc Kạn sáp nhập vào đâu.',
    en: 'From 1 July 2025: 63 provinces became 34, the district level ended and many communes merged. Old units can still be asked: I say which new units they went into.\nTry: what did Bac Kan merge into.',
  },
  focal_point: {
    vi: 'Đầu mối: người được giao nộp số liệu của một đơn vị qua bot. Đầu mối nhận nhắc trước hạn và nộp bằng một tin: nop bb <số> tn <số> ld <số>.',
    en: 'Focal point: the person who submits a unit’s figures through the bot. They get a reminder before each deadline and submit in one message: nop bb <number> tn <number> ld <number>.',
  },
};

/** What `term` means, in `lang`. */
export function composeMeaning(term: Term, lang: Language): string {
  return term.kind === 'word' ? WORDS[term.word][lang] : indicatorMeaning(term.code, lang);
}

function indicatorMeaning(code: IndicatorCode, lang: Language): string {
  const def = indicatorDef(code);
  const spelled = SPELLED_OUT[code]?.[lang];
  const name = lang === 'vi' ? def.nameVi : def.nameEn;
  const counted = lang === 'vi' ? def.planCountVi : def.planCountEn;
  const basis = lang === 'vi' ? def.denominatorVi : def.denominatorEn;
  const rate =
    basis === null
      ? lang === 'vi'
        ? `${capitalised(name)}: một chỉ số tính bằng %, không tính từ số người.`
        : `${capitalised(name)}: an index in percent, not computed from counts of people.`
      : lang === 'vi'
        ? `${capitalised(name)} = ${lowered(counted)} ÷ ${basis}, tính bằng %.`
        : `${capitalised(name)} = ${lowered(counted)} ÷ ${basis}, as a percentage.`;
  const example = `${lang === 'vi' ? 'Ví dụ hỏi' : 'Try'}: ${EXAMPLE[code][lang]}.`;
  return [spelled, rate, example].filter((line) => line !== undefined).join('\n');
}

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function lowered(text: string): string {
  return /^\p{Lu}\p{Ll}/u.test(text) && !/^(?:BH|SI)/.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text;
}
