/**
 * Small talk: thanks, goodbyes, "ok", "who are you". None of these is a place question, and each gets
 * a short reply in kind instead of a list of places whose names it happens to resemble.
 */

import { asksQuestion } from '../query/question-words.js';
import { fold } from '../text/fold.js';
import { RECENT_MESSAGES, rememberedPerText } from '../text/remembered.js';
import type { Language } from '../types.js';

/** What a small-talk message says. */
export type SmallTalk = 'thanks' | 'bye' | 'ack' | 'identity' | 'wish' | 'hello' | 'cheer';

/** Politeness that may close any of them: "cảm ơn bạn nhé", "thanks a lot". */
const TAIL =
  "(?:\\s+(?:ban|bot|ad|admin|anh|chi|em|nhieu|nhiu|lam|nhe|nha|nghe|nghen|nhen|a|nhe\\s+ban|very\\s+much|a\\s+lot|so\\s+much|again|you|u|bro|(?:that|it|this)(?:\\s*'?s|\\s+is|\\s+was)\\s+(?:(?:very|really|so|super)\\s+)?(?:helpful|useful|great|perfect|clear)))*";

/** An acknowledgement, then the speaker, that may come first: "ok cảm ơn", "dạ vâng em cảm ơn". */
const LEAD =
  '(?:(?:ok|oke|okay|oki|okie|okela|uki|vang|da|da\\s+vang|duoc\\s+roi|roi|great|good|(?:da\\s+)?(?:the|vay|rua)\\s+thoi)(?:\\s+a)?\\s+)?(?:(?:em|e|minh|toi|anh|chi|chung\\s+em|chung\\s+toi)\\s+)?';

/** Praise before the thanks: "rất hài lòng, cảm ơn bạn", "tốt quá, cảm ơn", "thành công rồi, cảm ơn anh", "great, thanks". */
const PRAISE =
  '(?:(?:rat\\s+|qua\\s+|that\\s+)?(?:hai\\s+long|tot|hay|tuyet(?:\\s+voi)?|on|great|good|perfect|nice|thanh\\s+cong|xong|ok)(?:\\s+(?:lam|qua|roi))?\\s*[,.!]*\\s*)?';

const BYE = '(?:tam\\s+biet|bye|bye\\s+bye|goodbye|good\\s+bye|hen\\s+gap\\s+lai|see\\s+you|good\\s+night|chuc\\s+ngu\\s+ngon)';

/** Thanks closing an acknowledgement: "…, thanks ad nhiều nha", "… Cheers!". */
const THANKS_AFTER = `(?:\\s+(?:(?:xin\\s+)?ca[mn]\\s*on|thanks?|thank\\s+you|thx|tks|cheers)${TAIL})?`;

/** A call before the question: "bot ơi", "ad ơi". */
const CALL = '(?:(?:bot|ad|admin|ban|anh|chi|em)\\s+oi\\s+)?';

const KINDS: readonly { readonly kind: SmallTalk; readonly re: RegExp }[] = [
  // Thanks, and a goodbye or a wish after it: "ok thx, bye", "cảm ơn, tạm biệt", "cảm ơn ad, chúc cả nhà cuối tuần vui vẻ".
  {
    kind: 'thanks',
    re: new RegExp(
      `^${LEAD}${PRAISE}(?:(?:xin\\s+)?ca[mn]\\s*on|thanks?|thank\\s+you|thx|tks|many\\s+thanks|cheers)${TAIL}(?:[\\s,.!]+(?:${BYE}|chuc\\s+.+)${TAIL})?$`,
    ),
  },
  {
    kind: 'hello',
    re: /^(?:xin\s+)?(?:chao|hello|hi|hey)(?:\s+(?:ban|bot|ad|admin|anh|chi|em|ca\s+nha|moi\s+nguoi|there|all))?(?:\s+(?:nhe|nha|a|nhe\s+ban))*$/,
  },
  { kind: 'bye', re: new RegExp(`^${BYE}${TAIL}$`) },
  {
    kind: 'ack',
    re: new RegExp(
      `^(?:ok|oke|okay|okie|oki|okela|uki|ok\\s+ok|(?:da\\s+)?vang|da|u|uh|uhm|(?:da\\s+)?(?:duoc|dc)(?:\\s+roi)?|roi|hieu\\s+roi|(?:khong|ko|k|hok|hong)\\s+sao(?:\\s+(?:dau|ca|het))?|(?:khong|ko|k|hok)\\s+co\\s+(?:gi|j)|got\\s+it|great|good|fine|tot|tot\\s+qua|hay\\s+qua|tuyet(?:\\s+voi)?|noted(?:\\s+with\\s+thanks)?|he+|ha+|hi+|(?:ha|he|hi)(?:\\s*(?:ha|he|hi))+(?:\\s+ok)?)${TAIL}$`,
    ),
  },
  // A promise to pass it on or look again: "dạ vâng, để em báo lại anh", "ok mình sẽ kiểm tra lại"; received.
  {
    kind: 'ack',
    re: new RegExp(
      `^${LEAD}(?:de\\s+(?:em|e|minh|toi)\\s+|(?:em|e|minh|toi)\\s+se\\s+|se\\s+)(?:bao(?:\\s+cao)?|gui|xem|kiem\\s+tra|trao\\s+doi|hoi|cap\\s+nhat|nhap)(?:\\s+(?:lai|sau|ngay|them|luon))*(?:\\s+(?:anh|chi|sep|lanh\\s+dao|cap\\s+tren))?${TAIL}$` +
        // Received, passed on, thanks after it: "dạ em nhận được rồi, thanks ad nhiều nha", "em đã chuyển thông
        // tin cho chị rồi ạ", "got it, I'll share this with the team. Cheers!".
        `|^${LEAD}(?:da\\s+)?nhan\\s+(?:duoc|dc)(?:\\s+roi)?${TAIL}${THANKS_AFTER}$` +
        `|^${LEAD}(?:da\\s+)?(?:chuyen|gui|chia\\s+se)(?:\\s+(?:thong\\s+tin|lai))*\\s+(?:cho|toi|den|len|voi)\\s+(?:anh|chi|em|sep|lanh\\s+dao|ban|moi\\s+nguoi|ca\\s+nha)(?:\\s+roi)?${TAIL}${THANKS_AFTER}$` +
        `|^got\\s+it(?:\\s+i\\s*(?:ll|will)\\s+(?:share|pass|send|forward)\\s+(?:this|it|that)(?:\\s+(?:on|along))?(?:\\s+(?:with|to)\\s+(?:the|my|our)?\\s*(?:team|boss|colleagues|everyone))?)?${TAIL}${THANKS_AFTER}$` +
        // Thanks, praise, and passing it on: "Thanks so much, that's really helpful. I'll circulate it to the team."
        `|^(?:thanks?|thank\\s+you|many\\s+thanks)(?:[\\s,.!]+(?:so\\s+much|a\\s+lot|very\\s+much))?(?:[\\s,.!]+(?:that|it|this)(?:\\s*'?s|\\s+is|\\s+was)\\s+(?:(?:very|really|so|super)\\s+)?(?:helpful|useful|great|perfect|clear))?[\\s,.!]+i\\s*'?(?:ll|will)\\s+(?:share|pass|send|forward|circulate)\\s+(?:this|it|that)(?:\\s+(?:on|along|around))?(?:\\s+(?:with|to|among)\\s+(?:the|my|our)?\\s*(?:team|boss|colleagues|everyone|partners))?[\\s.!]*$`,
    ),
  },
  // Good wishes: "chúc thành công", "chúc anh chị cuối tuần vui vẻ", "good luck" (a question of the
  // trade that starts so is still answered: coverage.ts reads this kind only without one).
  { kind: 'wish', re: new RegExp(`^${LEAD}(?:chuc\\s+.+|good\\s+luck|have\\s+a\\s+(?:nice|good|great)\\s+(?:day|weekend)|happy\\s+new\\s+year)${TAIL}$`) },
  {
    kind: 'identity',
    re: new RegExp(
      `^${CALL}(?:(?:ban|may|bot(?:\\s+nay)?)\\s+la\\s+(?:ai|gi)|ban\\s+ten\\s+(?:la\\s+)?gi|ai\\s+(?:lam|tao|viet)\\s+ra\\s+(?:bot|ban)(?:\\s+nay)?|who\\s+are\\s+you|what\\s+are\\s+you|who\\s+is\\s+this|what\\s+is\\s+this\\s+bot|are\\s+you\\s+a\\s+bot|who\\s+(?:made|built|created|runs)\\s+(?:this|the|you)(?:\\s+bot)?)(?:\\s+(?:vay|the|day|ha|nhi))*${TAIL}$`,
    ),
  },
];

/**
 * Urging the group on, a sentence to colleagues rather than a question: "Cố gắng hoàn thành chỉ tiêu
 * năm nay nhé mọi người", "Mọi người đồng tâm hiệp lực hoàn thành chỉ tiêu năm nay nhé 💪", "Keep up the
 * good work, team!". The call to effort opens the message, after whom it is addressed to; a question
 * word anywhere makes it a question ("Cố gắng đạt chỉ tiêu thì cần thêm bao nhiêu người?").
 */
const CHEER = new RegExp(
  `^${LEAD}(?:(?:moi\\s+nguoi|ca\\s+nha|anh\\s+chi\\s+em|anh\\s+em|ae|cac\\s+(?:dong\\s+chi|ban|xa|phuong|don\\s+vi|anh\\s+chi)|tat\\s+ca|chung\\s+ta)(?:\\s+oi)?[\\s,]+)?(?:(?:hay|cung|cung\\s+nhau|phai)\\s+)*` +
    '(?:co\\s+gang|quyet\\s+tam|phan\\s+dau|no\\s+luc|dong\\s+tam|chung\\s+suc|khan\\s+truong|co\\s+len|tang\\s+toc|keep\\s+up\\s+the\\s+(?:good|great)\\s+work|well\\s+done|good\\s+job|great\\s+job|go\\s+team)(?![\\p{L}\\p{N}])',
  'u',
);
/** "Cố lên nào!": "nào" cheering, not asking. */
const CHEERING_NAO = /(?<=co\s+len)\s+nao(?![\p{L}\p{N}])/gu;
/** Longest small talk read, folded: thanks and a word of passing it on. */
const LONGEST_TALK = 90;
/** Longest cheer read, folded: a few sentences to the group. */
const LONGEST_CHEER = 160;

/** Titles before a person's name: "anh Vinh", "chị Hà", "Ms Thanh Hoa", "Dr. Lan". */
const TITLES = ['anh', 'chị', 'em', 'cô', 'chú', 'bác', 'ông', 'bà', 'mrs', 'mr', 'ms', 'miss', 'dr'];

/** A title in any case, then a capitalised name of up to three words. */
const PERSON = new RegExp(
  `(?<![\\p{L}\\p{N}])(${TITLES.map((t) => [...t].map((c) => `[${c}${c.toUpperCase()}]`).join('')).join('|')})\\.?\\s+\\p{Lu}\\p{Ll}*(?:\\s+\\p{Lu}\\p{Ll}*){0,2}(?![\\p{L}\\p{N}])`,
  'gu',
);

/**
 * The text with a person's name after a title dropped ("Cảm ơn anh Vinh nhiều nhé" → "Cảm ơn anh
 * nhiều nhé", "Thank you Ms Thanh Hoa" → "Thank you"): a name is no place in small talk. A title
 * that small talk reads stays ("cảm ơn anh" is thanks).
 */
function withoutPersonNames(text: string): string {
  return text.replace(PERSON, (_whole, title: string) => (/^(?:mrs?|ms|miss|dr)$/i.test(title) ? ' ' : title));
}

/** A message of emoji alone: thanks with folded hands, else an acknowledgement ("👍", "👌", "😊"). */
const EMOJI_ONLY = /^(?:\s|\p{Extended_Pictographic}|\p{Emoji_Modifier}|\u{FE0F}|\u{200D})+$/u;
const THANKS_EMOJI = /🙏/u;

/** The kind of small talk a whole message is, or null when it is anything else (remembered per message). */
export const readSmallTalk: (text: string) => SmallTalk | null = rememberedPerText(readSmallTalkOnce, RECENT_MESSAGES);

function readSmallTalkOnce(text: string): SmallTalk | null {
  if (/\p{Extended_Pictographic}/u.test(text) && EMOJI_ONLY.test(text)) return THANKS_EMOJI.test(text) ? 'thanks' : 'ack';
  const bare = fold(withoutPersonNames(text));
  if (bare.length <= LONGEST_CHEER && CHEER.test(bare.trim()) && !asksQuestion(bare.replace(CHEERING_NAO, ''))) return 'cheer';
  if (bare === '' || bare.length > LONGEST_TALK) return null;
  return KINDS.find((k) => k.re.test(bare))?.kind ?? null;
}

const REPLIES: Record<Language, Record<SmallTalk, string>> = {
  vi: {
    thanks: 'Không có gì ạ. Cần số liệu nào cứ hỏi, ví dụ: bhyt Hải Phòng.',
    bye: 'Chào bạn, hẹn gặp lại.',
    ack: 'Vâng. Cần số liệu nào cứ hỏi, ví dụ: tỷ lệ bao phủ BHXH Gia Lai 2025.',
    wish: 'Cảm ơn bạn, chúc bạn mọi điều tốt đẹp! Cần số liệu nào cứ hỏi.',
    cheer: 'Chúc mọi người hoàn thành tốt! Cần số liệu nào cứ hỏi, ví dụ: tỷ lệ bao phủ BHXH Gia Lai 2025.',
    hello: 'Chào bạn! Cần số liệu nào cứ hỏi, ví dụ: tỷ lệ bao phủ BHXH Gia Lai 2025. Gõ "giúp" để xem cách hỏi.',
    identity: 'Tôi là baophu, trợ lý tra cứu tỷ lệ bao phủ BHXH, BHTN, BHYT của các địa phương (số liệu, chỉ tiêu và nguồn). Gõ "giúp" để xem cách hỏi.',
  },
  en: {
    thanks: "You're welcome. Ask for any figure, e.g. health insurance Hai Phong.",
    bye: 'Goodbye.',
    ack: 'All right. Ask for any figure, e.g. coverage for Vinh city.',
    wish: 'Thank you, the same to you! Ask for any figure when you need it.',
    cheer: 'Good luck to all! Ask for any figure when you need it, e.g. coverage for Vinh city.',
    hello: 'Hello! Ask for any figure, e.g. coverage for Vinh city. Type "help" to see what to ask.',
    identity:
      'I am baophu, an assistant for social, unemployment and health insurance coverage of provinces, districts and communes (figures, targets and sources). Type "help" to see what to ask.',
  },
};

/** The reply in kind. */
export function composeSmallTalk(lang: Language, kind: SmallTalk): string {
  return REPLIES[lang][kind];
}
