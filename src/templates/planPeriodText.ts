/** The plan period in planners' words: its one home is the domain (UnusableReason names an `outside_plan` file's period). */
export { planPeriodText } from "../domain/planPeriodText";
