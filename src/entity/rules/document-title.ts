// 《…》: a named document, law, agreement or policy; the span includes the marks. A title that ends in
// a newspaper's or a magazine's ending of suffixes.tsv (《甘肃日报》, 《经济参考报》, 《新民周刊》) names the
// paper, an organization, written without the marks as it is elsewhere in the text (甘肃日报). Other
// organization endings in a title are a work's name (《英雄联盟》, a game) and stay documents.
import { suffixesEndingAt } from '../suffix-rule.js';
import type { EntityRule } from '../types.js';

const MAX_TITLE = 80;
/** The last character of a newspaper's or magazine's ending (日报, 时报, 周刊). */
const PRESS_LAST = new Set(['报', '刊']);

export const documentTitle: EntityRule = {
  name: 'document-title',
  marks: '《',
  find(ctx, out) {
    const { text } = ctx;
    let i = text.indexOf('《');
    while (i >= 0) {
      let j = i + 1;
      while (j < text.length && j - i <= MAX_TITLE && text[j] !== '》' && text[j] !== '《' && text[j] !== '\n') j++;
      if (text[j] === '》' && j > i + 1) {
        const ending = suffixesEndingAt(text, j, ctx.tables)?.[0];
        const press = ending !== undefined && ending.type === 'organization' && PRESS_LAST.has(ending.suffix.charAt(ending.suffix.length - 1)) && j - i - 1 > ending.suffix.length;
        if (press) {
          out.push({ start: i + 1, end: j, type: 'organization', source: 'rule', rule: 'document-title' });
        } else {
          out.push({ start: i, end: j + 1, type: 'document', source: 'rule', rule: 'document-title' });
        }
        i = text.indexOf('《', j + 1);
      } else {
        i = text.indexOf('《', i + 1);
      }
    }
    return out;
  },
};
