import * as z from "zod/mini";
import { LagBandsSchema } from "../templates/TemplateSchema";

const Limit = z.object({ by: z.enum(["share", "points"]), limit: z.number().check(z.gte(0, "limit: 0 or more")) });
const Classes = ["percent", "permille", "count", "amount", "age", "years", "ratio", "other"] as const;

/**
 * A rules file (`--rules`): year-on-year limits per unit class (evaluation-rules §8a) and the
 * 亮灯 bands `template` writes into templates (§7). Loaded only when a command is given one.
 */
export const RulesFileSchema = z.strictObject({
  jumps: z.optional(z.partialRecord(z.enum(Classes), Limit)),
  bands: z.optional(LagBandsSchema),
});
export type RulesFile = z.infer<typeof RulesFileSchema>;
