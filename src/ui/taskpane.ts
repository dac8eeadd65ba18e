/*
 * TEMPORARY task pane entry point (add-in shell). The lead replaces this body.
 * Element ids are defined in src/ui/taskpane.html.
 */
Office.onReady(() => {
  const message = document.getElementById("message");
  if (message) {
    message.textContent = "就绪";
  }
});
