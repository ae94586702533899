/**
 * Whether a message asks something: a question mark, or a question word of either language ("bao
 * nhiêu", "thế nào", "chưa", "how", "which"), over folded text. A sentence without one ("bên phường em
 * mất điện cả sáng", "cố gắng hoàn thành chỉ tiêu nhé") tells rather than asks.
 */
const QUESTION_WORD =
  /\?|(?<![\p{L}\p{N}])(?:bao\s+nhieu|may|the\s+nao|ra\s+sao|la\s+gi|khong|chua|ko|k|o\s+dau|khi\s+nao|bao\s+gio|sao|nao|what|how|which|when|where|why|whether)(?![\p{L}\p{N}])/u;

/** True when the folded text has a question mark or a question word. */
export function asksQuestion(folded: string): boolean {
  return QUESTION_WORD.test(folded);
}
