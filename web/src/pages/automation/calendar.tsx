import { useState } from 'preact/hooks';
import { api } from '../../lib/api';
import { byDay, dayLabel, episodeCode, isoDay } from '../../lib/automation';
import { useLoad, useTitle } from '../../lib/load';
import { ErrorBox, Spinner } from '../../components/ui';
import { AutomationNav } from './nav';

const weeks = 4;

/** The weeks ahead (and the one behind): films coming out and episodes airing, and the iCal feed for phones. */
export function CalendarPage() {
  useTitle('Calendar');
  const [offset, setOffset] = useState(0);
  const [unmonitored, setUnmonitored] = useState(false);
  const start = new Date(Date.now() + (offset * weeks - 1) * 7 * 86_400_000);
  const end = new Date(start.getTime() + (weeks + 1) * 7 * 86_400_000);
  const entries = useLoad(() => api.calendar(isoDay(start), isoDay(end), unmonitored), [offset, unmonitored]);
  const today = isoDay(new Date());
  const feed = `${location.origin}/api/v1/calendar.ics?apikey=YOUR_API_KEY`;

  return (
    <div class="page">
      <h1>Calendar</h1>
      <AutomationNav current="/calendar" />
      <div class="inline-form">
        <button class="button" onClick={() => setOffset(offset - 1)}>Earlier</button>
        <button class="button" onClick={() => setOffset(0)} disabled={offset === 0}>Now</button>
        <button class="button" onClick={() => setOffset(offset + 1)}>Later</button>
        <span class="quiet">{dayLabel(isoDay(start))} – {dayLabel(isoDay(end))}</span>
        <label class="check"><input type="checkbox" checked={unmonitored} onChange={(e) => setUnmonitored((e.currentTarget as HTMLInputElement).checked)} />Show what is not monitored</label>
      </div>
      {entries.error && <ErrorBox message={entries.error} retry={entries.reload} />}
      {!entries.data && !entries.error && <Spinner label="Loading the calendar" />}
      {entries.data?.length === 0 && <p class="quiet">Nothing comes out in these weeks.</p>}
      <ol class="calendar">
        {byDay(entries.data ?? []).map(([day, list]) => (
          <li key={day} class={day === today ? 'today' : day < today ? 'past' : ''}>
            <h2>{dayLabel(day)}{day === today ? ' · today' : ''}</h2>
            <ul class="list">
              {list.map((e) => (
                <li key={`${e.kind}-${e.movieId ?? e.episodeId}`} class="list-item">
                  <span class="list-main">
                    <a href={e.kind === 'movie' ? `/movies/${e.movieId}` : `/series/${e.seriesId}`}>{e.title}{e.kind === 'movie' && e.year ? ` (${e.year})` : ''}</a>
                    {e.kind === 'episode' && <span class="quiet">{episodeCode(e.season, e.episode)}{e.episodeTitle ? ` · ${e.episodeTitle}` : ''}</span>}
                  </span>
                  <span class={`status ${e.hasFile ? 'status-cutoffMet' : e.monitored ? 'status-wanted' : 'status-unmonitored'}`}>{e.hasFile ? 'Have' : e.monitored ? 'Wanted' : 'Not monitored'}</span>
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ol>
      <section class="form" aria-labelledby="ical-heading">
        <h2 id="ical-heading">In your phone's calendar</h2>
        <p>Subscribe to this address in any calendar app (it asks again by itself). Make an API key for it in <a href="/account">your account</a> and put it in place of <code>YOUR_API_KEY</code>:</p>
        <input readOnly value={feed} aria-label="iCal feed address" onFocus={(e) => (e.currentTarget as HTMLInputElement).select()} />
      </section>
    </div>
  );
}
