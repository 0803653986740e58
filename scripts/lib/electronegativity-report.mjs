// Reads electronegativity's CSV report and decides pass/fail. Kept apart from the runner so the
// allowlist logic is small and testable.

/** Parses RFC 4180-style CSV (quoted fields, doubled quotes, commas and newlines inside quotes). */
export function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (char === '"') {
        quoted = false;
      } else {
        field += char;
      }
    } else if (char === '"') {
      quoted = true;
    } else if (char === ',') {
      row.push(field);
      field = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[i + 1] === '\n') i += 1;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else {
      field += char;
    }
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows.filter((r) => r.some((cell) => cell.trim() !== ''));
}

/** Findings as objects keyed by the header row (issue, severity, confidence, filename, …). */
export function readFindings(csvText) {
  const [header, ...rows] = parseCsv(csvText);
  if (!header) return [];
  const keys = header.map((name) => name.trim());
  return rows.map((cells) => Object.fromEntries(keys.map((key, index) => [key, (cells[index] ?? '').trim()])));
}

/**
 * Splits findings into blocking (HIGH and not allowlisted), allowed (allowlisted, with the reason)
 * and other (lower severity, reported only). An allowlist entry matches one check in one file.
 */
export function classifyFindings(findings, allowlist) {
  const blocking = [];
  const allowed = [];
  const other = [];
  for (const finding of findings) {
    const entry = allowlist.find((a) => a.check === finding.issue && a.file === finding.filename);
    if (entry) allowed.push({ ...finding, reason: entry.reason });
    else if (finding.severity.toUpperCase() === 'HIGH') blocking.push(finding);
    else other.push(finding);
  }
  return { blocking, allowed, other };
}
