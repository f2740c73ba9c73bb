import { useCallback, useEffect, useRef, useState } from 'preact/hooks';

export interface Loaded<T> { data: T | undefined; error: string | null; loading: boolean; reload: () => void }

/** Runs `load` when `deps` change; the last answer wins, so a fast typist never sees stale results. */
export function useLoad<T>(load: () => Promise<T>, deps: unknown[]): Loaded<T> {
  const [state, setState] = useState<{ data: T | undefined; error: string | null; loading: boolean }>({ data: undefined, error: null, loading: true });
  const generation = useRef(0);
  const run = useCallback(() => {
    const mine = ++generation.current;
    setState((s) => ({ ...s, loading: true, error: null }));
    load().then(
      (data) => { if (mine === generation.current) setState({ data, error: null, loading: false }); },
      (e: unknown) => { if (mine === generation.current) setState((s) => ({ data: s.data, error: e instanceof Error ? e.message : String(e), loading: false })); },
    );
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, deps);
  useEffect(run, [run]);
  return { ...state, reload: run };
}

/** Sets the document title so history, tabs and screen readers name the page. */
export function useTitle(title: string | null | undefined) {
  useEffect(() => { document.title = title ? `${title} · Hearth` : 'Hearth'; }, [title]);
}
