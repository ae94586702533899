/**
 * A question written as a letter carries a frame around it: where the writer greets from ("Hello from
 * Da Nang!", "This is Lan from the Quang Tri office."), and a closing with the writer's name ("Best
 * regards, Lan (UNICEF)", "Trân trọng, Phòng Thu"). The places and words of the frame are the
 * writer's, not the question's: "Da Nang" is no second place and "best" no ranking.
 *
 * The office writing ("BHXH tỉnh Gia Lai xin hỏi: phường Quy Nhơn …", "from the ILO Hanoi office:") is
 * the sender, not the place asked.
 *
 * Our choices: a closing counts only after something else was written (a sentence or a comma before
 * it) and when at most eight words follow it to the end, so "Trân trọng đề nghị cho biết …" opening a
 * message stays; a greeting's place only after "from" or "từ", up to the sentence's end; the writer's workplace ("em ở …",
 * "I am the focal point for …") only when a name follows it (a capitalised word that does not open a
 * sentence and is not an acronym such as BHYT) and nothing after it points back at it ("ở đây",
 * "chỗ em", "here").
 */

const CLOSING_WORDS = [
  '(?:best|kind|warm|warmest|many thanks and|thanks and|with)\\s+regards',
  'regards',
  'best\\s+wishes',
  'best(?=\\s*[,\\n])',
  'yours\\s+(?:sincerely|truly|faithfully)',
  'sincerely(?:\\s+yours)?',
  'cheers',
  'trân\\s+trọng',
  'tran\\s+trong',
  'thân\\s+ái',
  'than\\s+ai',
  'kính\\s+thư',
  'kinh\\s+thu',
].join('|');

/** A closing: after a sentence's end or a comma, the closing words, then at most eight words (a name, an office) to the end. */
const CLOSING = new RegExp(`(?<=\\S\\s*[.!?,;\\n]\\s*)(?:${CLOSING_WORDS})(?:[\\s,.:;!-]+[^\\s?]+){0,8}[\\s.!]*$`, 'iu');

/** "Dear bot,", "Dear colleagues:": whom the letter is to, opening it; "Dear" is no De Ar commune. */
const SALUTATION = /^\s*dear\s+[^.!?,;:\n]{1,30}[,:;\n]\s*/iu;

/** "Hello from Da Nang!", "Greetings from Hanoi,": the greeting kept, where it comes from dropped. */
const GREETING_FROM =
  /\b(hello|hi|hey|greetings|good\s+(?:morning|afternoon|evening|day)|xin\s+chào|xin\s+chao)\s+(?:from|từ)\s+[^.!?,;\n]{1,40}(?=[.!?,;\n])/giu;

/** "Em gửi lời chào từ Điện Biên ạ.", "chào cả nhà từ Sơn La,": a greeting and where it comes from, dropped. */
const GREETING_FROM_VI =
  /(?:(?:em|tôi|toi|mình|minh)\s+)?(?:gửi\s+lời\s+|gui\s+loi\s+)?(?:chào|chao)(?:\s+(?:anh\s+chị|anh\s+chi|anh|chị|chi|mọi\s+người|moi\s+nguoi|cả\s+nhà|ca\s+nha|ad|bạn|ban))?\s+(?:từ|tu)\s+[^.!?,;\n]{1,40}[.!?,;\n]\s*/giu;

/** "em ở BHXH huyện,", "tôi công tác tại Sở Nội vụ.": where the writer works, a clause of its own. */
const WRITER_AT =
  /(?<=^|[.!?,;\n]\s*)(?:em|e|tôi|toi|mình|minh)\s+(?:đang\s+|dang\s+)?(?:ở|o|làm\s+ở|lam\s+o|công\s+tác\s+(?:ở|tại)|cong\s+tac\s+(?:o|tai))\s+[^.!?,;\n]{1,40}[.!?,;\n]\s*/iu;

/** "This is Lan from the Da Nang office.", "I'm Minh from UNICEF,": the introduction dropped. */
const INTRODUCTION = /(?:^|(?<=[.!?,;\n]\s*))(?:this\s+is|i\s+am|i'm|my\s+name\s+is)\s+[^.!?,;\n]{0,30}?\bfrom\s+[^.!?,;\n]{1,40}[.!?,;\n]/giu;

/**
 * "I am the focal point for Vinh Phu ward.", "I work at the Hanoi office,", "I am based in Da Nang.",
 * "I was in Ha Noi on 12-13 March.": the writer's role, workplace or whereabouts.
 */
const ROLE_EN =
  /(?<=^|[.!?,;\n]\s*)(?:i\s+am|i'm|i\s+work|(?:i\s+am|i'm|we\s+are|we're)\s+based|i\s+was|we\s+were|i(?:'ve|\s+have)\s+been)\s+(?:(?:the|a|an)\s+)?(?:(?:focal\s+point|officer|official|staff|coordinator|specialist|consultant|representative|in\s+charge|head|director|manager)\s+)?(?:for|at|in|of|from)\s+[^.!?,;\n]{1,40}(?:[.!?,;\n]|\s[-–—]\s)\s*/iu;

/** Who writes, before the question: an office or a person, then "xin hỏi:" ("UBND xã Hưng Nguyên xin hỏi: …"). */
const SENDER =
  /(?<=^|[.!,;\n]\s*)(?:ubnd|bhxh|s[ởo]|ph[òo]ng|ban|trung\s+t[âa]m|văn\s+phòng|van\s+phong|đại\s+lý|dai\s+ly|c[áa]n\s+b[ộo]|chuy[êe]n\s+vi[êe]n|đầu\s+mối|dau\s+moi)\s[^.?!:\n]{1,60}?\s(?:xin|cho|mu[ốo]n)\s+h[ỏo]i\s*:?\s*/iu;

/**
 * "Em là Hà, cán bộ LĐTBXH xã.", "Tôi là Minh, chuyên viên Sở Nội vụ.", "Dạ em là đầu mối xã …, anh
 * cho em hỏi …": who writes, a sentence of its own (ended by ".", "!" or a new line, or by a comma
 * before "(anh) cho hỏi", with the question after it), dropped: "là Hà" is no Thị trấn La Hà. The dot of
 * an abbreviation ("h. Ngân Sơn", "tp. Vinh") ends no sentence.
 */
const SELF_VI =
  /(?<=^|[.!?;,\n]\s*|(?:^|\s)(?:ạ|a|ơi|oi|dạ|da|vâng|vang),?\s+)(?:em|e|tôi|toi|mình|minh)\s+(?:là|la)\s+(?:[^.!?\n]|(?<=(?:^|[\s(])(?:h|q|p|x|tp|tx|tt))\.){1,60}?(?:(?<!(?:^|[\s(])(?:h|q|p|x|tp|tx|tt))\.|[!\n]|,(?=\s*(?:(?:anh|chị|chi|ad|bạn|ban)\s+)?(?:cho\s+(?:(?:em|e|tôi|toi|mình|minh)\s+)?(?:hỏi|hoi|xin)|xin\s+(?:hỏi|hoi)|muốn\s+hỏi|muon\s+hoi)))(?=\s*\S)/giu;

/** "Quick q from the ILO Hanoi office:", "from our project team,", "from the ILO office in Hanoi.": where the writer works, dropped. */
const FROM_OFFICE =
  /(?:quick\s+(?:q|question|one)\s+)?\bfrom\s+(?:the\s+|our\s+)?[^.!?,;:\n]{0,30}?\b(?:office|team|department|project|programme|program|section|mission)\b(\s+(?:in|at)(?:\s+[\p{L}'’-]+){1,3})?\s*[:,.]?/giu;

/** After "… office": "in Hanoi" is where it is, dropped; the words after its capitalised name stay. */
function outsidePlace(where: string | undefined): string {
  if (!where) return '';
  const [, ...words] = where.trim().split(/\s+/u);
  const named = words.findIndex((word) => !/^\p{Lu}/u.test(word));
  if (named === 0) return `${where} `;
  return named < 0 ? '' : ` ${words.slice(named).join(' ')} `;
}

/** The text without the frame of a letter around its question; the same text when it has none. */
export function withoutLetterFrame(text: string): string {
  const framed = text
    .replace(CLOSING, '')
    .replace(SALUTATION, '')
    .replace(GREETING_FROM, '$1')
    .replace(GREETING_FROM_VI, '')
    .replace(INTRODUCTION, '')
    .replace(FROM_OFFICE, (_office: string, where?: string) => outsidePlace(where))
    .replace(SELF_VI, '');
  // The sender's office and the writer's workplace name a place too; dropped only when the question
  // names one of its own (a capital after them).
  return [SENDER, WRITER_AT, ROLE_EN].reduce(withoutUnlessAlone, framed);
}

function withoutUnlessAlone(text: string, frame: RegExp): string {
  const found = frame.exec(text);
  const rest = found ? text.slice(found.index + found[0].length) : '';
  return found && namesPlace(rest) && !HERE.test(rest) ? text.slice(0, found.index) + rest : text;
}

/** Words that point back at the writer's place: "ở đây", "chỗ em", "bên mình", "xã em", "here", "our ward". */
const HERE =
  /(?<![\p{L}\p{N}])(?:ở\s+đây|o\s+day|chỗ\s+(?:em|tôi|mình)|bên\s+(?:em|mình)|(?:xã|xa|phường|phuong|huyện|huyen|tỉnh|tinh)\s+(?:em|e|mình|minh|tôi|toi)|here|our\s+(?:ward|commune|district|province|area|unit))(?![\p{L}\p{N}])/iu;

/** A capitalised word that does not open a sentence and is not an acronym ("BHYT"): a name, likely a place's. */
function namesPlace(text: string): boolean {
  return text.split(/(?<=[.!?\n])/u).some((sentence) =>
    sentence
      .trim()
      .split(/\s+/)
      .slice(1)
      .some((word) => /^[("']?\p{Lu}\p{Ll}/u.test(word)),
  );
}
