/**
 * The 领域 the importer gives a row its table puts under no category (a plan table without a
 * 领域 column or heading); the report and the summary's sheets show no heading for it.
 */
export const UNCLASSIFIED = "未分类";
