// Placeholder until the command lands; replaced by its issue's implementation.
import type { Command } from '../main';

export const exportCommand: Command = (_argv, io) => {
  io.err('cpms export: not available in this build yet');
  return Promise.resolve(1);
};
