/** A deadline this many days away or less is near: a unit not sent is chased (催报) from then on. */
export const NEAR_DAYS = 3;
