// The recovery key is read aloud, copied by hand and typed back: show it in short groups.
// Keys that already carry separators keep the vault's own grouping; others are cut into fours.
export function recoveryKeyGroups(recoveryKey: string): string[] {
  const parts = recoveryKey.trim().split(/[\s-]+/).filter(Boolean);
  if (parts.length > 1) return parts;
  return (parts[0] ?? '').match(/.{1,4}/g) ?? [];
}
