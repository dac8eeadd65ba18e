/**
 * A list row that acts (the 校验 list's rows select their cell; the 审核 list's its 审核结论, 审核意见 or 人工评估): a click,
 * Enter or Space on the row itself does `act`, as on a button (trial46b F7: Space did nothing). A key on one of its own
 * buttons (应用, 填写说明) is that button's; Space's page scroll is kept off. Said on the row (aria-keyshortcuts). The row
 * stays a list item (role=button on an <li> breaks the list for screen readers, and its 应用 would be a button in a button).
 */
export function chooseRow(li: HTMLLIElement, act: () => void): void {
  li.setAttribute("aria-keyshortcuts", "Enter Space");
  li.addEventListener("click", act);
  li.addEventListener("keydown", (ev) => {
    if (ev.target !== li || (ev.key !== "Enter" && ev.key !== " ")) return;
    ev.preventDefault();
    act();
  });
}
