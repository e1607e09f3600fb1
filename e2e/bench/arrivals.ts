import type { Socket } from 'socket.io-client';

/** Sends one change and resolves with each socket's delay from the trigger to arrival. */
export function measure(sockets: Socket[], trigger: (marker: string) => Promise<void>, marker: string): Promise<number[]> {
  return new Promise((ok, fail) => {
    const delays: number[] = [];
    const started = performance.now();
    const timer = setTimeout(() => fail(new Error(`only ${delays.length}/${sockets.length} received ${marker}`)), 30_000);
    for (const socket of sockets) {
      const onUpdate = (payload: { network: { domain: string } }) => {
        if (payload.network.domain !== marker) return;
        socket.off('network.updated', onUpdate);
        delays.push(performance.now() - started);
        if (delays.length === sockets.length) {
          clearTimeout(timer);
          ok(delays);
        }
      };
      socket.on('network.updated', onUpdate);
    }
    trigger(marker).catch(fail);
  });
}
