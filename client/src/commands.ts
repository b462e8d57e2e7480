import * as vscode from 'vscode';
import { COMMANDS, CommandName } from '../../server/src/commandTable';

/** What each command of the table does. A record keyed by the table: a command without a handler does not compile. */
export type CommandHandlers = Record<CommandName, (...args: never[]) => unknown>;

export function registerCommands(handlers: CommandHandlers): vscode.Disposable[] {
  return (Object.keys(COMMANDS) as CommandName[]).map((name) =>
    vscode.commands.registerCommand(COMMANDS[name].id, handlers[name] as (...args: unknown[]) => unknown),
  );
}
