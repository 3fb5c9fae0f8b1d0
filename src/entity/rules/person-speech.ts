// A person's name right before a verb of saying: 王建国表示, 李晓明介绍. The name is one token of three
// characters opening with a surname (two-character words there are as often common nouns: 文章表示),
// and is not a dictionary name or a common word.
import { SPEECH_FIRST } from '../../lexicon/entity-char-flags.js';
import type { EntityRule, Unit } from '../types.js';
import { plausibleName } from './person-title.js';

const FULL_NAME = 3;

export const personSpeech: EntityRule = {
  name: 'person-speech',
  find(ctx, out) {
    const { units, tables } = ctx;
    if ((ctx.firstFlags & SPEECH_FIRST) === 0) return out;
    for (let k = 1; k < units.length; k++) {
      const verb = units[k] as Unit;
      if ((verb.firstFlags & SPEECH_FIRST) === 0 || !tables.speechVerbs.has(verb.text)) continue;
      const name = units[k - 1] as Unit;
      // A double surname the segmenter cut off: 欧阳 + 振华.
      const surname = units[k - 2];
      let start = name.start;
      if (surname !== undefined && surname.end === name.start && surname.text.length === 2 && tables.surnames.has(surname.text)) start = surname.start;
      const text = ctx.text.slice(start, name.end);
      if (!name.han || text.length < FULL_NAME || name.record !== undefined || name.end !== verb.start || name.suffixes !== null) continue;
      if (plausibleName(ctx, text)) out.push({ start, end: name.end, type: 'person', source: 'rule', rule: 'person-speech' });
    }
    return out;
  },
};
