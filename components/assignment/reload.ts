/**
 * Shows the assignment page as the server now has it (after joining, handing in, a new attempt or
 * a change of student). A full load, not router.refresh(): a refresh re-mounts the page's <title>
 * through a streamed metadata boundary, so under load the page had no title for a moment.
 */
export function showServerState(): void {
  window.location.reload();
}
