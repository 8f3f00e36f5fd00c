/**
 * A count with its word, as a person reads it: "1 second", "2 seconds", "0 seconds". Every count
 * worded for people goes through here, so none reads "Please wait 1 seconds".
 */
export function counted(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}
