/**
 * The fields whose value differs between two versions of a record, in the order of `fields`. Lists
 * and objects compare by content, so an edit form that sends everything back names only what changed.
 */
export function changedFields<T extends object>(before: T, after: T, fields: readonly (keyof T & string)[]): string[] {
  return fields.filter((field) => JSON.stringify(before[field]) !== JSON.stringify(after[field]));
}
