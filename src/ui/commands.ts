/*
 * TEMPORARY function-file entry point for ribbon commands (manifest:
 * ExecuteFunction / FunctionName "runCheck"). The lead replaces this.
 */
Office.onReady(() => {
  // Nothing to initialise yet.
});

Office.actions.associate("runCheck", (event: Office.AddinCommands.Event) => {
  event.completed();
});
