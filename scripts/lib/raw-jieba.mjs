// Raw nodejieba for the baselines of eval and bench, in its own instance. nodejieba keeps one
// segmenter per addon instance, and its JS wrapper's first cut() calls load(), which would replace
// the segmenter of whoever else holds the instance Node caches for the addon file. Opening the addon
// anew with process.dlopen (as zh-analyze does for its own) gives this baseline an instance of its own,
// so it and zh-analyze never touch each other.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

export function loadRawJieba(root) {
  const require = createRequire(join(root, 'package.json'));
  const dir = dirname(require.resolve('nodejieba/package.json'));
  const addon = { exports: {} };
  process.dlopen(addon, join(dir, 'build', 'Release', 'nodejieba.node'));
  const binding = addon.exports;
  const dict = join(dir, 'submodules', 'cppjieba', 'dict');
  binding.load(...['jieba.dict.utf8', 'hmm_model.utf8', 'user.dict.utf8', 'idf.utf8', 'stop_words.utf8'].map((f) => join(dict, f)));
  return {
    /** nodejieba.cut(sentence, useHMM) with jieba's default dictionaries, as a user calls it (the addon's HMM is off unless asked for). */
    cut: (sentence, hmm = false) => binding.cut(sentence, hmm),
    tag: (sentence) => binding.tag(sentence),
    /** nodejieba.extract(sentence, topN): TF-IDF keywords, [{ word, weight }]. */
    extract: (sentence, topN) => binding.extract(sentence, topN),
    /** nodejieba.textRankExtract(sentence, topN): TextRank keywords, [{ word, weight }]. */
    textRankExtract: (sentence, topN) => binding.textRankExtract(sentence, topN),
  };
}
