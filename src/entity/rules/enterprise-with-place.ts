// A place written before a company's registered name makes one enterprise: 福建 + 宁德时代新能源科技股份有限公司,
// 廣東 + 粵海控股集團有限公司 (the place is part of the name as registered or as news writes it). A brand or
// short form after a place stays apart (甘肃 + 华为: the company does not belong to the place).
import type { EntityRule, RuleContext, Unit } from '../types.js';
import { namesWithPlaceBefore } from './place-before.js';

/** The endings of a registered company name: 有限公司, 有限责任公司 (股份有限公司 ends with 有限公司). */
const REGISTERED = ['\u6709\u9650\u516c\u53f8', '\u6709\u9650\u8d23\u4efb\u516c\u53f8'];

/** Is the company `u` written with its registered ending? */
function registered(_ctx: RuleContext, _place: Unit, u: Unit): boolean {
  return REGISTERED.some((end) => u.text.endsWith(end));
}

export const enterpriseWithPlace: EntityRule = {
  name: 'enterprise-with-place',
  find: (ctx, out) => namesWithPlaceBefore(ctx, out, 'enterprise', 'enterprise-with-place', registered),
};
