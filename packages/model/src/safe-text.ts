/**
 * Text that came from outside (a document, a server, a URL list) on its way to a terminal,
 * a log or a CSV: control characters removed (an ESC sequence could repaint the operator's
 * terminal), credentials in URLs redacted.
 */

/** C0 controls except tab and line breaks, DEL and C1 controls (ESC, CSI, OSC …). */
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;
/** The same plus tab, CR and LF: for text that must stay on one line. */
const CONTROL_ONE_LINE = /[\u0000-\u001f\u007f-\u009f]/g;

/** Removes control characters, keeping tab and line breaks. */
export function stripControl(text: string): string {
  return text.replace(CONTROL, '');
}

/** One printable line: control characters removed, line breaks and tabs become spaces. */
export function printable(text: string): string {
  return text.replace(/[\t\r\n]+/g, ' ').replace(CONTROL_ONE_LINE, '');
}

/** `http://user:pw@host/x` → `http://***@host/x`; other text unchanged. Also inside longer text. */
export function redactCredentials(text: string): string {
  return text.replace(/\b([a-z][a-z0-9+.-]*:\/\/)[^\s/?#@]*@/gi, '$1***@');
}

/** A URL or path fit to print: credentials redacted, on one line, no control characters. */
export function displayLocation(location: string): string {
  return printable(redactCredentials(location));
}
