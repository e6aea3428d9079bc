export interface ConsoleStep {
  readonly command: string;
  readonly output: string;
}
export interface ConsoleBlock {
  readonly line: number;
  readonly steps: readonly ConsoleStep[];
}
export function consoleBlocks(readme: string): ConsoleBlock[];
export function cleanCopy(root: string): string;
export function runSteps(cwd: string, commands: readonly string[]): string[];
export function refreshConsoleBlocks(readme: string, copy: string): string;
