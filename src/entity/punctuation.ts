/** Punctuation that ends a clause: never inside a name, a quoted name or a list item. */
export const SENTENCE_PUNCTUATION: ReadonlySet<string> = new Set(['，', '。', '；', '！', '？', ',', '.', ';', '!', '?', '：', ':']);
