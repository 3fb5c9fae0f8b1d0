// 《…》: a named document, law, agreement or policy; the span includes the marks.
import type { Candidate, EntityRule } from '../types.js';

const MAX_TITLE = 80;

export const documentTitle: EntityRule = {
  name: 'document-title',
  find(ctx) {
    const out: Candidate[] = [];
    const { text } = ctx;
    let i = text.indexOf('《');
    while (i >= 0) {
      let j = i + 1;
      while (j < text.length && j - i <= MAX_TITLE && text[j] !== '》' && text[j] !== '《' && text[j] !== '\n') j++;
      if (text[j] === '》' && j > i + 1) {
        out.push({ start: i, end: j + 1, type: 'document', source: 'rule', rule: 'document-title' });
        i = text.indexOf('《', j + 1);
      } else {
        i = text.indexOf('《', i + 1);
      }
    }
    return out;
  },
};
