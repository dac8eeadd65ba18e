/** The 属性 of a binding (约束性) indicator, as plans write it. */
export const BINDING = "约束性";
