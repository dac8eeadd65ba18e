import type { MetaEdit } from "./importPreview";

/**
 * A template read by 读取 with the names typed above the preview (MetaEdit) put in by 载入: 标题 its `title`, 地区 its
 * `region`, 规划文件名称 its `source.document` (what import's --document gives, trial39b F4); a box left empty keeps what
 * the table gave. The input is not changed.
 */
export function metaEdited<T extends { title: string; region: string; source: { document: string } }>(template: T, meta: MetaEdit): T {
  const title = meta.title?.trim() || template.title;
  const region = meta.region?.trim() || template.region;
  const document = meta.document?.trim() || template.source.document;
  return { ...template, title, region, source: { ...template.source, document } };
}
