/** FNV-1a hash of a schedule's start times: how the searches tell duplicate schedules apart. */
export function hashStarts(starts: Int32Array): number {
  let h = 2166136261;
  for (let j = 0; j < starts.length; j++) h = Math.imul(h ^ starts[j], 16777619);
  return h >>> 0;
}
