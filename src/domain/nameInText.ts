/**
 * An indicator's name as running text quotes it: a sub-indicator's "其中：" / "其中:" (how a plan
 * table marks a row under the one above) is the table's layout, not part of the name, and in a list
 * ("…；其中：高速铁路营业里程（…）") it reads as the start of a sub-clause. Tables keep the name as written.
 */
export function nameInText(name: string): string {
  return name.replace(/^\s*其中\s*[：:]\s*/, "");
}
