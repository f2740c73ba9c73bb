import { describe, expect, it } from 'vitest';
import { count, libraryScanNote, scanProgress, scanSummary } from '../src/lib/scans';

const scan = { filesSeen: 4, added: 2, updated: 0, unchanged: 0, failed: 2, removed: 0 };

describe('scans', () => {
  it('says one file, not one files', () => {
    expect(count(1, 'file')).toBe('1 file');
    expect(count(0, 'file')).toBe('0 files');
    expect(count(4, 'file')).toBe('4 files');
  });

  it('a first scan of two good and two broken files adds up to the files seen', () => {
    expect(scanSummary(scan)).toBe('4 files seen: 2 added, 2 could not be read');
  });

  it('a rescan of the same files says they are unchanged and still unreadable', () => {
    expect(scanSummary({ ...scan, added: 0, unchanged: 2 })).toBe('4 files seen: 2 unchanged, 2 could not be read');
  });

  it('one file seen, and removed files apart from those seen', () => {
    expect(scanSummary({ filesSeen: 1, added: 0, updated: 1, unchanged: 0, failed: 0, removed: 3 })).toBe('1 file seen: 1 updated; 3 removed');
    expect(scanSummary({ filesSeen: 0, added: 0, updated: 0, unchanged: 0, failed: 0, removed: 0 })).toBe('0 files seen');
  });

  it('progress says file or files', () => {
    const p = { libraryId: 'x', phase: 'walking', filesSeen: 1, toProcess: 0, processed: 0, failed: 0, current: null, startedMs: 0, reason: 'startup', toProbe: 0, probed: 0 };
    expect(scanProgress(p)).toBe('Looking for files · 1 file seen…');
    expect(scanProgress({ ...p, phase: 'importing', filesSeen: 4, toProcess: 4, processed: 2, failed: 1 })).toBe('Listing · 4 files seen · 2 of 4 listed · 1 failed…');
  });

  it('after listing, says how many of the listed files have been read', () => {
    const p = { libraryId: 'x', phase: 'probing', filesSeen: 10000, toProcess: 10000, processed: 10000, failed: 2, current: null, startedMs: 0, reason: 'startup', toProbe: 10000, probed: 1234 };
    expect(scanProgress(p)).toBe('Reading media info · 10,000 files seen · 1,234 of 10,000 read · 2 failed…');
    expect(libraryScanNote(p)).toBe('Reading media info: 1,234 of 10,000 files');
    expect(libraryScanNote({ ...p, phase: 'importing', processed: 4000 })).toBe('Listing new titles: 4,000 of 10,000 files');
    expect(libraryScanNote({ ...p, phase: 'walking', filesSeen: 1 })).toBe('Looking for new files: 1 file seen');
    expect(libraryScanNote(null)).toBeNull();
  });
});
