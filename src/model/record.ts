import type { Field, FieldName, NodeRef } from "./integration.js";
import { LazyField, type Evaluate } from "./fields.js";

/**
 * The compact integration record (issue 14): every extractor writes the fields of a file's integrations into
 * one columnar table instead of an object per field with its own path array. A row is an integration; its
 * cells (one per field present, in column order) hold the value as loaded, the key as written and where it is
 * (the node its path extends, and the step from there). A rule still reads `integration.fields.uri` as a
 * `Field`: the table makes that object on first read and keeps it, and its `ref` (the path array) is made
 * only when something asks where the field is, which for most fields is never (only reported fields are
 * located).
 */

/** The table's columns, in the order of the engine's presence bits (src/engine/rule-plan.ts). */
export const FIELD_NAMES = [
  "type", "httpMethod", "uri", "credentials", "connectionType", "connectionId", "integrationTarget", "requestParameters",
  "requestTemplates", "passthroughBehavior", "contentHandling", "timeoutInMillis", "cacheNamespace", "cacheKeyParameters",
  "tlsConfig", "responseTransferMode", "payloadFormatVersion", "integrationSubtype", "responseParameters", "responses",
] as const satisfies readonly FieldName[];

/** Every FieldName has a column: a name missing above fails to compile here. */
export const FIELD_INDEX: Readonly<Record<FieldName, number>> = Object.fromEntries(FIELD_NAMES.map((name, index) => [name, index])) as Record<
  (typeof FIELD_NAMES)[number],
  number
>;

/** A step from a cell's base node to the field: a key or an index; `undefined` when the base is the field's own node. */
type Step = string | number | undefined;

/** Bits set below `bit`, counted: the cell of a field within its row. */
function bitsBelow(mask: number, bit: number): number {
  let below = mask & (bit - 1);
  below -= (below >>> 1) & 0x55555555;
  below = (below & 0x33333333) + ((below >>> 2) & 0x33333333);
  return (((below + (below >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/** One file's (or one extraction's) integrations as columns. */
export class FieldTable {
  // Per row.
  private readonly firstCell: number[] = [];
  private readonly presence: number[] = [];
  private readonly evaluates: Evaluate[] = [];
  // Per cell.
  private readonly raws: unknown[] = [];
  private readonly keys: string[] = [];
  private readonly bases: NodeRef[] = [];
  private readonly steps: Step[] = [];
  private readonly made: (Field | undefined)[] = [];
  // The row being written: its cells by column, until `done` appends them in column order.
  private readonly pendingRaw: unknown[] = new Array(FIELD_NAMES.length);
  private readonly pendingKey: string[] = new Array(FIELD_NAMES.length);
  private readonly pendingBase: NodeRef[] = new Array(FIELD_NAMES.length);
  private readonly pendingStep: Step[] = new Array(FIELD_NAMES.length);
  private readonly pendingMade: (Field | undefined)[] = new Array(FIELD_NAMES.length);
  private pendingMask = 0;
  private pendingEvaluate: Evaluate | undefined;

  /** Starts a row: the fields of one integration, evaluated with `evaluate`. */
  row(evaluate: Evaluate): this {
    if (this.pendingEvaluate) throw new Error("FieldTable: a row was started before the previous one was done");
    this.pendingEvaluate = evaluate;
    this.pendingMask = 0;
    return this;
  }

  /** The row's field `name`, written as `key` with value `raw`, at `base` (+ `step` when the base is its parent). A later write of a name replaces the earlier one. */
  set(name: FieldName, key: string, raw: unknown, base: NodeRef, step?: string | number): this {
    const column = FIELD_INDEX[name];
    this.pendingRaw[column] = raw;
    this.pendingKey[column] = key;
    this.pendingBase[column] = base;
    this.pendingStep[column] = step;
    this.pendingMade[column] = undefined;
    this.pendingMask |= 1 << column;
    return this;
  }

  /** A field an extractor made itself (the few that are computed, not read from one place). */
  adopt(name: FieldName, field: Field | undefined): this {
    if (!field) return this;
    this.set(name, field.key, field.raw, field.ref);
    this.pendingMade[FIELD_INDEX[name]] = field;
    return this;
  }

  /** The member `key` of the object at `base`, as field `name`. */
  member(name: FieldName, key: string, object: Readonly<Record<string, unknown>>, base: NodeRef): this {
    return this.set(name, key, object[key], base, key);
  }

  /** Appends the row's cells and returns its fields. */
  done(): RecordFields {
    const evaluate = this.pendingEvaluate;
    if (!evaluate) throw new Error("FieldTable: done() without row()");
    this.pendingEvaluate = undefined;
    const row = this.firstCell.length;
    const mask = this.pendingMask;
    this.firstCell.push(this.raws.length);
    this.evaluates.push(evaluate);
    this.presence.push(mask);
    for (let column = 0; column < FIELD_NAMES.length; column++) {
      if ((mask & (1 << column)) === 0) continue;
      this.raws.push(this.pendingRaw[column]);
      this.keys.push(this.pendingKey[column]!);
      this.bases.push(this.pendingBase[column]!);
      this.steps.push(this.pendingStep[column]);
      this.made.push(this.pendingMade[column]);
      // Let go of what the table does not keep.
      this.pendingRaw[column] = this.pendingBase[column] = this.pendingMade[column] = undefined as never;
    }
    return new RecordFields(this, row);
  }

  /** The fields present in a row, one bit per column. */
  presenceOf(row: number): number {
    return this.presence[row]!;
  }

  /** The row's field in `column`, made on first read. */
  field(row: number, column: number): Field | undefined {
    const mask = this.presence[row]!;
    const bit = 1 << column;
    if ((mask & bit) === 0) return undefined;
    const cell = this.firstCell[row]! + bitsBelow(mask, bit);
    return (this.made[cell] ??= new LazyField(this.keys[cell]!, this.raws[cell], this.bases[cell]!, this.evaluates[row]!, this.steps[cell]));
  }
}

/**
 * An integration's `fields` as rules read them: a getter per FieldName (on the prototype, enumerable, so that
 * `for...in` lists the names) reading the row. An absent field reads `undefined`, as on a plain object.
 */
export class RecordFields {
  readonly #table: FieldTable;
  readonly #row: number;

  constructor(table: FieldTable, row: number) {
    this.#table = table;
    this.#row = row;
  }

  /** One bit per column (FIELD_NAMES) for each field present. */
  get presence(): number {
    return this.#table.presenceOf(this.#row);
  }

  /** @internal The getters below. */
  static read(fields: RecordFields, column: number): Field | undefined {
    return fields.#table.field(fields.#row, column);
  }
}

for (const [column, name] of FIELD_NAMES.entries()) {
  Object.defineProperty(RecordFields.prototype, name, {
    get(this: RecordFields) {
      return RecordFields.read(this, column);
    },
    enumerable: true,
    configurable: false,
  });
}

export interface RecordFields extends Readonly<Partial<Record<FieldName, Field>>> {}
