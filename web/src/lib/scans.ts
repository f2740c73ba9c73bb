import type { LastScan, ScanProgress } from './api/library';

/** "1 file", "4 files": a count with its noun, singular when it is one. */
export function count(n: number, noun: string, plural = `${noun}s`): string {
  return `${n.toLocaleString()} ${n === 1 ? noun : plural}`;
}

/**
 * What a finished scan did, in words whose numbers add up: every file seen was added, updated, moved (found
 * again at a new path, its item and history kept), unchanged or could not be read; removed files were not seen. Parts that are zero are left out, except the files seen.
 */
export function scanSummary(last: Pick<LastScan, 'filesSeen' | 'added' | 'updated' | 'unchanged' | 'failed' | 'removed'> & Partial<Pick<LastScan, 'moved'>>): string {
  const parts = [
    [last.added, 'added'],
    [last.updated, 'updated'],
    [last.moved ?? 0, 'moved'],
    [last.unchanged, 'unchanged'],
    [last.failed, 'could not be read'],
  ].filter(([n]) => (n as number) > 0).map(([n, what]) => `${(n as number).toLocaleString()} ${what}`);
  const seen = `${count(last.filesSeen, 'file')} seen${parts.length > 0 ? `: ${parts.join(', ')}` : ''}`;
  return last.removed > 0 ? `${seen}; ${last.removed.toLocaleString()} removed` : seen;
}

/** What each phase of a scan is doing, in a person's words. */
const phases: Record<string, string> = {
  starting: 'Starting',
  walking: 'Looking for files',
  importing: 'Listing',
  probing: 'Reading media info',
};

/**
 * A running scan's progress line: "Listing · 4 files seen · 2 of 4 listed · 1 failed…", then, while the listed
 * files are read, "Reading media info · 4 files seen · 1 of 3 read…".
 */
export function scanProgress(p: ScanProgress): string {
  const parts = [phases[p.phase] ?? `${p.phase[0].toUpperCase()}${p.phase.slice(1)}`, `${count(p.filesSeen, 'file')} seen`];
  if (p.phase === 'probing' && p.toProbe > 0) parts.push(`${p.probed.toLocaleString()} of ${p.toProbe.toLocaleString()} read`);
  else if (p.toProcess > 0) parts.push(`${p.processed.toLocaleString()} of ${p.toProcess.toLocaleString()} listed`);
  if (p.failed > 0) parts.push(`${p.failed.toLocaleString()} failed`);
  return `${parts.join(' · ')}…`;
}

/**
 * A library page's line while it is scanned: what a person browsing it should know, that more titles are being listed
 * or that their media info (runtimes, badges) is still being read. Null when there is nothing to say.
 */
export function libraryScanNote(p: ScanProgress | null | undefined): string | null {
  if (!p) return null;
  if (p.phase === 'probing' && p.toProbe > 0) return `Reading media info: ${p.probed.toLocaleString()} of ${count(p.toProbe, 'file')}`;
  if (p.phase === 'importing' && p.toProcess > 0) return `Listing new titles: ${p.processed.toLocaleString()} of ${count(p.toProcess, 'file')}`;
  if (p.phase === 'walking' || p.phase === 'starting') return `Looking for new files: ${count(p.filesSeen, 'file')} seen`;
  return null;
}
