// The machine id the vault's data key derives from: node-machine-id's hashed OS id.
import nodeMachineId from 'node-machine-id';

/** Returns this machine's id (a SHA-256 hex of the OS machine GUID). */
export function defaultMachineId(): Promise<string> {
  return nodeMachineId.machineId();
}
