import { cycleMessage } from "./cycleMessages";
import { deadlineBeforeYearEnd } from "./deadlineBeforeYearEnd";

/** What `distribute` and `rollover` say of the new returns' 报送截止日期: its code (as `rollover --json`'s `notes` give it) and its line in the run's language. */
export interface DeadlineNote {
  /** `no_deadline`: no --deadline, so 填报说明's 报送截止日期 is blank on every new return (trial36 N7); `deadline_early`: a --deadline not after the year reported on (trial33 T9) */
  code: "no_deadline" | "deadline_early";
  message: string;
}

/**
 * The one home of the lines `distribute` and `rollover` add about `--deadline` (YYYY-MM-DD, already a real date:
 * deadlineProblem), for `n` new returns of `year`: none given, the covers' 报送截止日期 left blank (新填报未写报送截止日期
 * （可加 --deadline YYYY-MM-DD）); one on or before the year's end, the date likely meant (deadlineBeforeYearEnd). [] for a
 * deadline after the year. Never a refusal: an office may set the date later by hand.
 */
export function deadlineNotes(deadline: string | undefined, year: number, n: number, lang: "zh" | "en"): DeadlineNote[] {
  if (deadline === undefined || deadline === "") return [{ code: "no_deadline", message: cycleMessage("no_deadline", { n }, lang) }];
  const meant = deadlineBeforeYearEnd(deadline, year);
  return meant === null ? [] : [{ code: "deadline_early", message: cycleMessage("deadline_early", { deadline, year, meant }, lang) }];
}
