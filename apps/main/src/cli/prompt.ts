// Reading an API key without it ever reaching the screen or the shell history: a hidden prompt on a
// terminal (raw mode, nothing echoed, Backspace and Ctrl-U edit, Ctrl-C cancels), or the first line
// of stdin when the key is piped in (`pass show glm | cpms accounts add …`).
import type { Readable } from 'node:stream';

/** The user cancelled the prompt with Ctrl-C; the CLI exits with 130, as a shell does on SIGINT. */
export class PromptAbortedError extends Error {
  override name = 'PromptAbortedError';
}

export type EditResult = 'more' | 'done' | 'abort';

/**
 * Line editing over raw terminal input, one chunk at a time: printable characters are kept, Enter
 * (or Ctrl-D) ends the line, Backspace removes the last character, Ctrl-U clears the line, Ctrl-C
 * aborts, and escape sequences (arrow keys, bracketed-paste markers) are skipped whole.
 */
export class SecretLineEditor {
  private chars: string[] = [];
  private escape: 'none' | 'esc' | 'sequence' = 'none';
  private result: EditResult = 'more';

  get value(): string {
    return this.chars.join('');
  }

  /** Consumes one chunk of input; input after the end of the line is ignored. */
  feed(chunk: string): EditResult {
    for (const ch of chunk) {
      if (this.result !== 'more') break;
      this.step(ch);
    }
    return this.result;
  }

  private step(ch: string): void {
    if (this.escape === 'esc') {
      // ESC [ … (CSI) and ESC O x (SS3) run until a final byte; any other ESC x is two characters.
      this.escape = ch === '[' || ch === 'O' ? 'sequence' : 'none';
      return;
    }
    if (this.escape === 'sequence') {
      if (ch >= '@' && ch <= '~') this.escape = 'none';
      return;
    }
    switch (ch) {
      case '\u0003':
        this.result = 'abort';
        return;
      case '\r':
      case '\n':
      case '\u0004':
        this.result = 'done';
        return;
      case '\u007f':
      case '\b':
        this.chars.pop();
        return;
      case '\u0015':
        this.chars = [];
        return;
      case '\u001b':
        this.escape = 'esc';
        return;
      default:
        if (ch >= ' ') this.chars.push(ch);
    }
  }
}

/** A terminal stream, or a test's stand-in for one. */
export type SecretInput = Readable & { isRaw?: boolean; setRawMode?: (raw: boolean) => unknown };

/** Writes `prompt` to `output`, reads one hidden line from the terminal `input`, and restores it. */
export function promptSecret(
  prompt: string,
  input: SecretInput,
  output: { write(text: string): unknown },
): Promise<string> {
  return new Promise((resolve, reject) => {
    const editor = new SecretLineEditor();
    const wasRaw = input.isRaw ?? false;
    const finish = (error?: Error): void => {
      input.off('data', onData);
      input.off('end', onEnd);
      input.off('error', onError);
      input.setRawMode?.(wasRaw);
      input.pause();
      output.write('\n');
      if (error) reject(error);
      else resolve(editor.value);
    };
    const onData = (chunk: string | Buffer): void => {
      const result = editor.feed(typeof chunk === 'string' ? chunk : chunk.toString('utf8'));
      if (result === 'done') finish();
      else if (result === 'abort') finish(new PromptAbortedError('cancelled'));
    };
    const onEnd = (): void => finish();
    const onError = (error: Error): void => finish(error);
    // Raw mode before the prompt shows: a key pasted the moment it appears must not be echoed, and a
    // Ctrl-C must arrive as a byte we handle rather than as a signal.
    input.setRawMode?.(true);
    output.write(prompt);
    input.setEncoding('utf8');
    input.on('data', onData);
    input.on('end', onEnd);
    input.on('error', onError);
    input.resume();
  });
}

/** A key is one short line; more than this on stdin is not a key. */
const MAX_LINE = 16 * 1024;

/**
 * Reads the first line of a non-terminal `input` (without its line break); null when the input ends
 * empty. Reading stops at the first line break; the stream is then destroyed so the process can exit.
 */
export function readFirstLine(input: Readable): Promise<string | null> {
  return new Promise((resolve, reject) => {
    let text = '';
    const finish = (error: Error | null, value: string | null): void => {
      input.off('data', onData);
      input.off('end', onEnd);
      input.off('error', onError);
      input.destroy();
      if (error) reject(error);
      else resolve(value);
    };
    const onData = (chunk: string | Buffer): void => {
      text += typeof chunk === 'string' ? chunk : chunk.toString('utf8');
      const newline = text.indexOf('\n');
      if (newline >= 0) finish(null, text.slice(0, newline).replace(/\r$/, ''));
      else if (text.length > MAX_LINE) finish(new Error('stdin holds more than one short line'), null);
    };
    const onEnd = (): void => finish(null, text.length > 0 ? text.replace(/\r$/, '') : null);
    const onError = (error: Error): void => finish(error, null);
    input.on('data', onData);
    input.on('end', onEnd);
    input.on('error', onError);
  });
}
