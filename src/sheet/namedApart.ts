/**
 * An indicator's name as check, the summary and the report show it: with its 领域 after it where the plan has another
 * row of that name under another 领域 (`apart`, templates/domainApart): 「森林覆盖率（生态）」 beside 「森林覆盖率（农业）」;
 * the name alone otherwise. The same in Chinese and English lines (the name and the 领域 are the plan's words).
 */
export function namedApart(x: { name: string; apart?: string | undefined }): string {
  return x.apart === undefined ? x.name : `${x.name}（${x.apart}）`;
}
