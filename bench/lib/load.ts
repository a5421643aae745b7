/**
 * The machine's load around a measurement, printed next to the figures: the 1-minute load
 * average when it starts and ends, and how busy the CPUs were meanwhile (all processes: the
 * bench's own sandbox and browser too), from `os.cpus()` times.
 */
import { cpus, loadavg } from 'node:os';

export interface LoadReading {
  cpus: number;
  /** 1-minute load average at the start and at the end. */
  loadStart: number;
  loadEnd: number;
  /** Share of all CPU time spent busy during the measurement, %. */
  busyPercent: number;
}

function cpuTimes(): { busy: number; total: number } {
  let busy = 0;
  let total = 0;
  for (const { times } of cpus()) {
    const all = times.user + times.nice + times.sys + times.idle + times.irq;
    total += all;
    busy += all - times.idle;
  }
  return { busy, total };
}

/** Starts a reading; call the returned function when the measurement ends. */
export function readLoad(): () => LoadReading {
  const loadStart = loadavg()[0]!;
  const start = cpuTimes();
  return () => {
    const end = cpuTimes();
    const total = end.total - start.total;
    return {
      cpus: cpus().length,
      loadStart,
      loadEnd: loadavg()[0]!,
      busyPercent: total > 0 ? (100 * (end.busy - start.busy)) / total : 0,
    };
  };
}

/** `load 1.2 → 1.4 on 2 CPUs, 63 % busy` */
export function loadText(reading: LoadReading): string {
  return `load ${reading.loadStart.toFixed(2)} → ${reading.loadEnd.toFixed(2)} on ${reading.cpus} CPUs, ${Math.round(reading.busyPercent)} % busy`;
}
