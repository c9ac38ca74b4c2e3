import os from 'node:os';

/** The machine a benchmark ran on. */
export interface Machine {
  cpu: string;
  cores: number;
  memoryGB: number;
  node: string;
  v8: string;
  os: string;
  /** 1-minute load average when the run started (other work on the machine skews timings). */
  loadAverage: number;
  date: string;
}

export function machineInfo(): Machine {
  return {
    cpu: os.cpus()[0]?.model ?? 'unknown',
    cores: os.cpus().length,
    memoryGB: +(os.totalmem() / 2 ** 30).toFixed(1),
    node: process.version,
    v8: process.versions.v8,
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    loadAverage: +os.loadavg()[0].toFixed(2),
    date: new Date().toISOString(),
  };
}
