import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';

/**
 * A modal dialog on the native <dialog>: the page behind is inert, arrows move focus only inside it (spatial.ts
 * scopes to dialog[open]), Escape or Back closes it, and focus returns to what opened it.
 */
export function Dialog({ title, onClose, children, wide = false }: { title: string; onClose: () => void; children: ComponentChildren; wide?: boolean }) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const opener = document.activeElement as HTMLElement | null;
    const el = ref.current;
    if (el && !el.open) el.showModal();
    return () => { opener?.focus?.(); };
  }, []);
  const headingId = `dialog-${title.replace(/\W+/g, '-').toLowerCase()}`;
  return (
    <dialog ref={ref} class={`dialog ${wide ? 'dialog-wide' : ''}`} aria-labelledby={headingId}
      onCancel={(e) => { e.preventDefault(); onClose(); }}>
      <div class="dialog-head">
        <h2 id={headingId}>{title}</h2>
        <button class="button button-quiet" onClick={onClose}>Close</button>
      </div>
      {children}
    </dialog>
  );
}
