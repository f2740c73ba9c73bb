import { useEffect, useState } from 'preact/hooks';
import type { SessionRow } from '../lib/api';
import { api } from '../lib/api';
import { useLoad } from '../lib/load';
import { ErrorBox, Spinner } from '../components/ui';
import { methodLabel } from '../lib/streaming';

/** Megabits per second, one decimal: what people compare with their link's speed. */
export function mbps(bitsPerSecond: number): string {
  return `${(bitsPerSecond / 1_000_000).toFixed(1)} Mbps`;
}

/** The admin's view of who is playing what, refreshed every few seconds, with a stop button per playback. */
export function Sessions() {
  const list = useLoad(() => api.sessions(), []);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    const timer = setInterval(list.reload, 3000);
    return () => clearInterval(timer);
  }, []);
  const stop = async (row: SessionRow) => {
    try {
      await api.stopSession(row.id);
      list.reload();
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };
  if (list.error && !list.data) return <ErrorBox message={list.error} retry={list.reload} />;
  if (!list.data) return <Spinner label="Loading sessions" />;
  return (
    <section aria-labelledby="sessions-heading">
      <h2 id="sessions-heading">Playing now</h2>
      {error && <ErrorBox message={error} />}
      {list.data.length === 0 && <p class="quiet">Nobody is playing anything.</p>}
      <ul class="list">
        {list.data.map((s) => (
          <li key={s.id} class="list-item session-row">
            <div class="list-main">
              <strong>{s.user} · {s.title}</strong>
              <span class="quiet">{s.device}</span>
              <span>{methodLabel(s.method, s.reasons)}</span>
              <span class="quiet">
                {mbps(s.bandwidth)}{s.encoder ? ` · ${s.encoder}` : ''}{s.speed ? ` · ${s.speed.toFixed(1)}× real time` : ''}{s.paused ? ' · paused, far enough ahead' : ''}
              </span>
            </div>
            <button class="button button-quiet" onClick={() => stop(s)}>Stop {s.user}'s playback</button>
          </li>
        ))}
      </ul>
    </section>
  );
}
