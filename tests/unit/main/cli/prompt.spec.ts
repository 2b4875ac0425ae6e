// The hidden key prompt's byte handling, over a stand-in terminal stream that records raw mode.
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import {
  PromptAbortedError,
  SecretLineEditor,
  promptSecret,
  readFirstLine,
} from '../../../../apps/main/src/cli/prompt';

class FakeTty extends PassThrough {
  isRaw = false;
  readonly modes: boolean[] = [];
  setRawMode(raw: boolean): this {
    this.isRaw = raw;
    this.modes.push(raw);
    return this;
  }
}

function sink(): { write(t: string): boolean; text: string } {
  const out = {
    text: '',
    write(t: string) {
      out.text += t;
      return true;
    },
  };
  return out;
}

describe('SecretLineEditor', () => {
  it('keeps printable characters and ends the line on Enter', () => {
    const e = new SecretLineEditor();
    expect(e.feed('sk-abc')).toBe('more');
    expect(e.feed('def\r')).toBe('done');
    expect(e.value).toBe('sk-abcdef');
  });

  it('edits with Backspace (DEL and BS) and Ctrl-U, across chunks', () => {
    const e = new SecretLineEditor();
    e.feed('sk-xy\u007f\u007fab');
    e.feed('c\b');
    expect(e.value).toBe('sk-ab');
    e.feed('\u0015new');
    expect(e.feed('\n')).toBe('done');
    expect(e.value).toBe('new');
  });

  it('skips escape sequences whole, even split over chunks, and other control characters', () => {
    const e = new SecretLineEditor();
    e.feed('a\u001b[D\u001b[1;5Cb\u001bOA\t');
    e.feed('\u001b[20');
    e.feed('0~c\u001b[201~\r');
    expect(e.value).toBe('abc');
  });

  it('aborts on Ctrl-C and ignores what follows', () => {
    const e = new SecretLineEditor();
    expect(e.feed('sk-\u0003more\r')).toBe('abort');
    expect(e.feed('x\r')).toBe('abort');
  });

  it('counts a character outside the BMP as one character for Backspace', () => {
    const e = new SecretLineEditor();
    e.feed('k🔑\u007f\r');
    expect(e.value).toBe('k');
  });
});

describe('promptSecret', () => {
  it('switches the terminal to raw mode, echoes nothing, and restores it', async () => {
    const tty = new FakeTty();
    const out = sink();
    const pending = promptSecret('Key: ', tty, out);
    tty.write('sk-secret-0123');
    tty.write('\u007f4\r');
    await expect(pending).resolves.toBe('sk-secret-0124');
    expect(tty.modes).toEqual([true, false]);
    expect(out.text).toBe('Key: \n');
    expect(tty.listenerCount('data')).toBe(0);
  });

  it('rejects with PromptAbortedError on Ctrl-C and still restores the terminal', async () => {
    const tty = new FakeTty();
    const out = sink();
    const pending = promptSecret('Key: ', tty, out);
    tty.write('sk-sec\u0003');
    await expect(pending).rejects.toBeInstanceOf(PromptAbortedError);
    expect(tty.isRaw).toBe(false);
    expect(out.text).not.toContain('sk-sec');
  });

  it('ends the line when the input ends', async () => {
    const tty = new FakeTty();
    const pending = promptSecret('Key: ', tty, sink());
    tty.end('partial');
    await expect(pending).resolves.toBe('partial');
  });
});

describe('readFirstLine', () => {
  it('returns the first line without its line break', async () => {
    const input = new PassThrough();
    const pending = readFirstLine(input);
    input.write('sk-one');
    input.write('two\r\nsecond line\n');
    await expect(pending).resolves.toBe('sk-onetwo');
  });

  it('takes a last line without a line break, and null for empty input', async () => {
    const a = new PassThrough();
    const first = readFirstLine(a);
    a.end('sk-only');
    await expect(first).resolves.toBe('sk-only');
    const b = new PassThrough();
    const second = readFirstLine(b);
    b.end();
    await expect(second).resolves.toBeNull();
  });

  it('refuses a long stream that is not a key', async () => {
    const input = new PassThrough();
    const pending = readFirstLine(input);
    input.write('x'.repeat(20_000));
    await expect(pending).rejects.toThrow(/more than one short line/);
  });
});
