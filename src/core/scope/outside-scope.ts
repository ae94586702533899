/**
 * Questions about insurance policy rather than coverage: the base salary, what one pays or receives,
 * allowances, procedures and cards ("lương cơ sở năm nay là bao nhiêu", "mức đóng BHYT hộ gia đình",
 * "thủ tục rút BHXH một lần", "số tổng đài BHXH"). The bot holds none of it; such a question gets a plain "not here, ask
 * your social-insurance office" instead of places its words happen to resemble. A message that also
 * asks for a rate, a count of people or a target is left to the features that give figures.
 */
import { fold } from '../text/fold.js';
import { RECENT_MESSAGES, rememberedPerText } from '../text/remembered.js';
import type { Language } from '../types.js';

/** What a policy question is about. */
export type PolicyTopic = 'salary' | 'amounts' | 'allowances' | 'procedures' | 'contacts';

const TOPICS: readonly { readonly topic: PolicyTopic; readonly body: string }[] = [
  { topic: 'salary', body: 'luong\\s+(?:co\\s+so|toi\\s+thieu(?:\\s+vung)?|huu\\s+bao\\s+nhieu)|muc\\s+luong|tien\\s+luong|base\\s+salary|minimum\\s+wage' },
  {
    topic: 'amounts',
    body: 'muc\\s+(?:dong|huong|phi|ho\\s+tro)|tien\\s+dong|(?:dong|huong)\\s+bao\\s+nhieu\\s+tien|(?:ty|ti)\\s+le\\s+(?:huong|dong)|(?:rut|huong|nhan)\\s+(?:\\S+\\s+){0,4}duoc\\s+bao\\s+nhieu|contributions?(?:\\s+(?:rates?|levels?|amounts?))?|premiums?|benefit\\s+(?:levels?|amounts?)|how\\s+much\\s+(?:do|does|will)\\s+\\w+\\s+(?:pay|get|receive)',
  },
  { topic: 'allowances', body: 'phu\\s+cap|tro\\s+cap|allowances?' },
  {
    topic: 'procedures',
    body: 'thu\\s+tuc|ho\\s+so\\s+(?:huong|dang\\s+ky|tham\\s+gia|cap)|(?:cap|doi|gia\\s+han)\\s+(?:lai\\s+)?the|in\\s+(?:lai\\s+)?the\\s+(?:bhyt|bao\\s+hiem)|tra\\s+cuu\\s+(?:so\\s+(?:bhxh|bao\\s+hiem)|the|qua\\s+trinh|ma\\s+so)|rut\\s+(?:bhxh|bao\\s+hiem|so)|bhxh\\s+mot\\s+lan|che\\s+do\\s+(?:thai\\s+san|om\\s+dau|huu\\s+tri|tu\\s+tuat)|procedures?|how\\s+(?:do\\s+i|to)\\s+(?:register|apply|renew|withdraw)',
  },
  {
    topic: 'contacts',
    // A number given ("liên hệ chị Thu sđt 0987…") is no question: a phone number only when asked for.
    body:
      'tong\\s+dai|hotline|duong\\s+day\\s+nong|(?:so\\s+(?:dien\\s+thoai|dt)|sdt)\\s+(?:\\S+\\s+){0,6}?(?:la\\s+(?:gi|bao\\s+nhieu|so\\s+nao)|bao\\s+nhieu|nao|khong|ko)|' +
      'dia\\s+chi\\s+(?:co\\s+quan|tru\\s+so|lien\\s+he)|phone\\s+number|contact\\s+(?:number|details|address)|call\\s+cent(?:er|re)',
  },
];

const TOPIC_RES = TOPICS.map(({ topic, body }) => ({ topic, re: new RegExp(`(?<![\\p{L}\\p{N}])(?:${body})(?![\\p{L}\\p{N}])`, 'u') }));

/** Words that ask for the figures the bot does hold: a rate, a share, a count of people, a target, pensions' coverage. */
const FIGURES =
  /(?<![\p{L}\p{N}])(?:(?:ty|ti)\s+le(?!\s+(?:huong|dong)(?![\p{L}\p{N}]))|bao\s+phu|chi\s+tieu|ke\s+hoach|so\s+(?:nguoi|ng|luong\s+nguoi)|(?:huong\s+)?luong\s+huu|sau\s+tuoi\s+nghi\s+huu|bao\s+nhieu\s*(?:%|phan\s+tram)|coverage|targets?|plans?|percentage|how\s+many\s+people)(?![\p{L}\p{N}])/u;

/** The policy topic a message asks about, or null (also when it asks for figures besides). */
export const readPolicyQuestion = rememberedPerText((text: string): PolicyTopic | null => {
  const folded = fold(text);
  if (FIGURES.test(folded)) return null;
  return TOPIC_RES.find(({ re }) => re.test(folded))?.topic ?? null;
}, RECENT_MESSAGES);

const LABELS: Readonly<Record<Language, Readonly<Record<PolicyTopic, string>>>> = {
  vi: {
    salary: 'lương cơ sở, tiền lương',
    amounts: 'mức đóng, mức hưởng',
    allowances: 'phụ cấp, trợ cấp',
    procedures: 'thủ tục, hồ sơ, thẻ và sổ',
    contacts: 'tổng đài, số điện thoại, địa chỉ liên hệ',
  },
  en: {
    salary: 'the base salary and wages',
    amounts: 'contribution and benefit amounts',
    allowances: 'allowances',
    procedures: 'procedures, cards and books',
    contacts: 'hotlines, phone numbers and addresses',
  },
};

/** The reply: what is not held, what is, and where to ask. */
export function composeOutsideScope(lang: Language, topic: PolicyTopic): string {
  const label = LABELS[lang][topic];
  return lang === 'vi'
    ? `Tôi không có thông tin về ${label}. Tôi chỉ trả lời về tỷ lệ bao phủ, số người tham gia, chỉ tiêu và hạn báo cáo của các địa phương. Câu hỏi về chính sách, thủ tục xin hỏi cơ quan BHXH nơi bạn tham gia.`
    : `I do not hold information on ${label}. I answer about coverage rates, the number of people covered, targets and reporting deadlines of provinces, districts and communes. For policy and procedures, please ask your social-insurance office.`;
}
