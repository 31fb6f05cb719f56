/** How many schema problems a message lists before "… and N more". */
const MAX_LISTED = 4;

/** Turns parseCueSheet's errors into one message for people: what is wrong and where. */
export function formatSheetErrors(errors: readonly string[]): string {
  const first = errors[0] ?? '';
  const invalidJson = /^\(root\): not valid JSON \((.*)\)$/s.exec(first);
  if (invalidJson) return `This file is not valid JSON: ${invalidJson[1]}`;
  const listed = errors.slice(0, MAX_LISTED);
  const more = errors.length - listed.length;
  const head =
    errors.length === 1
      ? 'This cue sheet has a problem:'
      : `This cue sheet has ${errors.length} problems:`;
  return [head, ...listed, ...(more > 0 ? [`… and ${more} more`] : [])].join('\n');
}
