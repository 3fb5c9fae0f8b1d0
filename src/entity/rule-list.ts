import { agencyBranch } from './rules/agency-branch.js';
import { agencyGluedTitle } from './rules/agency-glued-title.js';
import { agencyInGovernment } from './rules/agency-in-government.js';
import { agencyLevelWord } from './rules/agency-level-word.js';
import { agencySuffix } from './rules/agency-suffix.js';
import { agencyWithPlace } from './rules/agency-with-place.js';
import { brandCue } from './rules/brand-cue.js';
import { brandList } from './rules/brand-list.js';
import { congress } from './rules/congress.js';
import { documentSuffix } from './rules/document-suffix.js';
import { documentTitle } from './rules/document-title.js';
import { enterpriseSuffix } from './rules/enterprise-suffix.js';
import { enterpriseWithPlace } from './rules/enterprise-with-place.js';
import { listedEnterprises } from './rules/listed-enterprises.js';
import { listedProjects } from './rules/listed-projects.js';
import { organizationSuffix } from './rules/organization-suffix.js';
import { personForeign } from './rules/person-foreign.js';
import { personMinority } from './rules/person-minority.js';
import { personName } from './rules/person-name.js';
import { personSpeech } from './rules/person-speech.js';
import { personTitle } from './rules/person-title.js';
import { personTitlePreposition } from './rules/person-title-preposition.js';
import { placeDistrict } from './rules/place-district.js';
import { placeFacility } from './rules/place-facility.js';
import { placeGluedLevel } from './rules/place-glued-level.js';
import { placeGluedVerb } from './rules/place-glued-verb.js';
import { placeHead } from './rules/place-head.js';
import { placeOldTown } from './rules/place-old-town.js';
import { placePairs } from './rules/place-pairs.js';
import { placePort } from './rules/place-port.js';
import { placeTown } from './rules/place-town.js';
import { pressName } from './rules/press-name.js';
import { projectLineShort } from './rules/project-line-short.js';
import { projectRoute } from './rules/project-route.js';
import { projectSuffix } from './rules/project-suffix.js';
import { quotedName } from './rules/quoted-name.js';
import { stockCode } from './rules/stock-code.js';
import { zoneSuffix } from './rules/zone-suffix.js';
import { zoneWithPlace } from './rules/zone-with-place.js';
import type { EntityRule } from './types.js';

/** Every rule; order does not matter, overlaps are resolved afterwards (longest wins). */
export const RULES: readonly EntityRule[] = Object.freeze([
  agencySuffix,
  agencyWithPlace,
  agencyInGovernment,
  agencyGluedTitle,
  agencyLevelWord,
  agencyBranch,
  congress,
  zoneSuffix,
  zoneWithPlace,
  enterpriseSuffix,
  enterpriseWithPlace,
  organizationSuffix,
  projectSuffix,
  projectRoute,
  projectLineShort,
  documentSuffix,
  documentTitle,
  pressName,
  quotedName,
  listedProjects,
  listedEnterprises,
  brandCue,
  brandList,
  stockCode,
  personTitle,
  personTitlePreposition,
  personSpeech,
  personName,
  personForeign,
  personMinority,
  placePairs,
  placeHead,
  placeGluedLevel,
  placeGluedVerb,
  placePort,
  placeFacility,
  placeOldTown,
  placeTown,
  placeDistrict,
]);
