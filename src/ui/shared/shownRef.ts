/**
 * A cell as the pane's messages name it to a person: `sheet!cell`, the sheet's name as it is (江苏省…主要指标!P11), never
 * quoted as Excel writes an address ('江苏省…主要指标'!P11, fixRef: the address the pane hands to Excel). The form of
 * fixRefusalText, the lock outlook and the ribbon's result dialog, now of the 确认修改 and 填写说明 dialogs too (trial39b F6).
 */
export function shownRef(f: { sheet: string; cell: string }): string {
  return `${f.sheet}!${f.cell}`;
}
