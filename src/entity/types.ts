import type { BrandTables, EntityRuleTables, NameRecord, SuffixRule } from '../lexicon/entities.js';
import type { EntitySource, EntityType } from '../types.js';

/** A piece of the normalized text the rules walk over: a token, or a dictionary name taken whole. */
export interface Unit {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** Set when the unit is a dictionary name. */
  readonly record?: NameRecord;
  /** True when the unit is made of Han characters only. */
  readonly han: boolean;
  /** The character flags (EntityRuleTables.charFlags) of the unit's first UTF-16 unit, read once for every rule. */
  readonly firstFlags: number;
  /** The character flags of the unit's last UTF-16 unit. */
  readonly lastFlags: number;
  /**
   * The longest name suffix that ends where this unit ends (dict/entities/rules/suffixes.tsv), as
   * a one-element list; null where none does, and for dictionary names.
   */
  readonly suffixes: readonly SuffixRule[] | null;
}

/** A possible entity, before overlaps are resolved. */
export interface Candidate {
  start: number;
  end: number;
  type: EntityType;
  source: EntitySource;
  rule: string;
  canonical?: string;
}

/** What every rule reads. */
export interface RuleContext {
  readonly text: string;
  readonly units: readonly Unit[];
  readonly tables: EntityRuleTables;
  /** Indexes of the units that have suffixes, in order. */
  readonly suffixUnits: readonly number[];
  /**
   * The firstFlags (and lastFlags) of every unit, or-ed together: a rule whose mark no unit opens
   * (or ends) with has nothing to walk over.
   */
  readonly firstFlags: number;
  readonly lastFlags: number;
  /** How many units are dictionary names (have a record). */
  readonly nameCount: number;
  /** Is `surface` a place name (from the dictionaries)? */
  readonly isPlace: (surface: string) => boolean;
  /** The company short-name list and its context words (brand-cue and brand-list rules). */
  readonly brands: BrandTables;
}

/**
 * A rule, named for what it matches: its candidates depend on the context alone. It pushes them to
 * `out`, an empty list it is handed, and returns it; the caller copies them and empties the list for
 * the next rule, so that a rule that finds nothing (most rules, for most texts) allocates nothing.
 */
export interface EntityRule {
  readonly name: string;
  readonly find: (ctx: RuleContext, out: Candidate[]) => Candidate[];
  /**
   * Characters one of which a text must hold for the rule to find anything in it (its find looks for
   * them first and returns at once without one). The entity stage reads the text once for every
   * rule's marks and does not call a rule whose marks the text lacks. Absent: the rule is always called.
   */
  readonly marks?: string;
}
