// The page behind a modal dialog does not scroll (the dialog makes it inert, but a wheel or a
// touch over the backdrop would still scroll it). Nested dialogs share one lock; the width of
// the scrollbar that goes away is kept as padding, so the page does not shift sideways.
let holders = 0;
let restore: (() => void) | null = null;

/** Lock the page's scrolling; the returned function releases this hold. */
export function lockPageScroll(): () => void {
  if (holders++ === 0) {
    const root = document.documentElement;
    const { overflow, paddingRight } = root.style;
    const scrollbar = window.innerWidth - root.clientWidth;
    root.style.overflow = "hidden";
    if (scrollbar > 0) root.style.paddingRight = `${scrollbar}px`;
    restore = () => {
      root.style.overflow = overflow;
      root.style.paddingRight = paddingRight;
    };
  }
  let released = false;
  return () => {
    if (released) return;
    released = true;
    if (--holders === 0) {
      restore?.();
      restore = null;
    }
  };
}
