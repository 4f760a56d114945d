/**
 * Runs `work` once the browser has painted the current frame: for what a change needs soon but not in the
 * frame that shows it (storing a draft, fetching what comes next). Returns a cancel function.
 */
export function afterNextPaint(work: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const frame = requestAnimationFrame(() => {
    timer = setTimeout(work, 0);
  });
  return () => {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
}
