// 部 + 门: the segmenter glues 门 of the generic word 部门 (the offices of a trade) to the next word (农业农村部 + 门称,
// 商务部 + 门将): …部门 names no agency. 部 + 门户 (商务部 + 门户网站, its portal) still ends one.
import type { Candidate } from './types.js';

const MINISTRY = '\u90e8';
const GATE = '\u95e8';
const PORTAL = '\u95e8\u6237';

/** Is the candidate an agency ending in 部 right before 门 (农业农村部 + 门): a department word, no name? */
export function departmentWord(text: string, c: Candidate): boolean {
  if (c.type !== 'agency' || text.charAt(c.end - 1) !== MINISTRY || text.charAt(c.end) !== GATE) return false;
  return text.slice(c.end, c.end + PORTAL.length) !== PORTAL;
}
