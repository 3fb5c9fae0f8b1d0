const CLASSIFIERS = new Set(['个', '项', '批', '家', '所', '座', '处']);

/** Does a count (69个, 183项, 三项) follow offset `end` directly? */
export function followedByCount(text: string, end: number): boolean {
  let i = end;
  while (i < text.length && isNumeral(text.charCodeAt(i))) i++;
  return i > end && CLASSIFIERS.has(text.charAt(i));
}

function isNumeral(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || '一二三四五六七八九十百千万两'.includes(String.fromCharCode(c));
}
