// Baseline for the fan-out benchmark: a bare socket.io server with no auth, no database and no Nest.
// Every client joins one room; POST /broadcast emits the posted payload to that room.
import { createServer } from 'node:http';
import { Server } from 'socket.io';

const port = Number(process.env.PORT ?? 0);
const http = createServer((req, res) => {
  if (req.method !== 'POST' || req.url !== '/broadcast') {
    res.writeHead(404).end();
    return;
  }
  let body = '';
  req.on('data', (chunk) => (body += chunk));
  req.on('end', () => {
    io.to('network:bench').emit('network.updated', JSON.parse(body));
    res.writeHead(204).end();
  });
});
const io = new Server(http, { connectionStateRecovery: {} });
io.on('connection', (socket) => socket.join('network:bench'));
http.listen(port, '127.0.0.1', () => {
  const address = http.address();
  process.stdout.write(`listening ${typeof address === 'object' && address ? address.port : port}\n`);
});
process.on('SIGTERM', () => io.close(() => process.exit(0)));
