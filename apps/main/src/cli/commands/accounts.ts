// Placeholder until the command lands; replaced by its issue's implementation.
import type { Command } from '../main';

export const accountsCommand: Command = (_argv, io) => {
  io.err('cpms accounts: not available in this build yet');
  return Promise.resolve(1);
};
