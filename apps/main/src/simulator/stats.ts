// Connection and concurrency accounting per host, for the benchmark's "at most 4 concurrent requests
// per host and no more TCP connections than that".
import type { SimHostStats } from './types';

export class HostStats {
  private connections = 0;
  private open = 0;
  private peakConnections = 0;
  private inFlight = 0;
  private peakConcurrentRequests = 0;
  private requests = 0;

  connected(): void {
    this.connections++;
    this.open++;
    this.peakConnections = Math.max(this.peakConnections, this.open);
  }

  disconnected(): void {
    this.open--;
  }

  requestStarted(): void {
    this.requests++;
    this.inFlight++;
    this.peakConcurrentRequests = Math.max(this.peakConcurrentRequests, this.inFlight);
  }

  requestEnded(): void {
    this.inFlight--;
  }

  /** Accepted connections, peak open connections, peak in-flight requests, requests. */
  snapshot(): SimHostStats {
    return {
      connections: this.connections,
      peakConnections: this.peakConnections,
      peakConcurrentRequests: this.peakConcurrentRequests,
      requests: this.requests,
    };
  }

  /** Zeroes the counters; peaks restart from what is open now. */
  reset(): void {
    this.connections = 0;
    this.requests = 0;
    this.peakConnections = this.open;
    this.peakConcurrentRequests = this.inFlight;
  }
}
