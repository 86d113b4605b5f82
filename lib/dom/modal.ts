/**
 * Opens a native `<dialog>` as a modal (showModal(): the page behind is inert, Escape is a close request), puts
 * focus on `focus` and stops the page behind from scrolling. The returned function undoes all three; the
 * caller decides where focus goes back to.
 */
export function openModal(dialog: HTMLDialogElement, focus: HTMLElement | null): () => void {
  if (!dialog.open) dialog.showModal();
  focus?.focus();
  const root = document.documentElement;
  const overflow = root.style.overflow;
  root.style.overflow = 'hidden';
  return () => {
    root.style.overflow = overflow;
    if (dialog.open) dialog.close();
  };
}
