import type { ComponentChildren } from 'preact';

/** A plain statement of where things stand ("No article on this page"). */
export function StateMessage({ title, children }: { title: string; children?: ComponentChildren }) {
  return (
    <div class="cl-state" role="status">
      <p class="cl-state__title">{title}</p>
      {children ? <p class="cl-state__body">{children}</p> : null}
    </div>
  );
}
