/**
 * Text for a notification or a quick pick, where VS Code turns `[label](command:…)`, `[label](https:…)`
 * into links that run or open when clicked, and `$(name)` into icons. Document and annotation text
 * (file names, theme labels, speakers, notes, messages that quote them) goes through here: a zero-width
 * space after `]` and after `$` breaks both syntaxes and leaves the text looking the same.
 */
export function inertText(text: string): string {
  return text.replace(/\](?=\()/g, ']\u200b').replace(/\$(?=\()/g, '$\u200b');
}
