const byline = /^[\s*_]*By\s+\p{Lu}[\p{L}'’-]+\s+\p{Lu}/u;
const credit = /^\(?\s*(?:additional\s+)?(?:reporting|writing|editing)\s+by\s/iu;
/** "— ANA / mr", "– Norra Wire/jk": an agency's sign-off with the editor's initials. */
const signOff = /^[\s*_]*[—–-]\s*\p{Lu}[\p{L}.&' ]{0,40}\s*\/\s*\p{L}{1,4}[\s*_]*$/u;

/**
 * A byline ("*By Orla Stenning, Orlac Courier*"), a closing credit ("(Reporting by …)") or a
 * sign-off ("— ANA / mr"): the reporter is no one the story's pronouns can mean and no quote's
 * speaker, so the names register nowhere.
 */
export function isCredit(text: string, start: number, end: number): boolean {
  if (end - start > 160) return false;
  const line = text.slice(start, end);
  return byline.test(line) || credit.test(line) || signOff.test(line);
}
