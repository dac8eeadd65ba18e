/** `check`'s 指标/项目 column width (display columns); a name with a part is cut in its parent (shortName). */
export const CHECK_NAME_WIDTH = 28;
