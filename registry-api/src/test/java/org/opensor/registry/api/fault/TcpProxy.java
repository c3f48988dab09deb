package org.opensor.registry.api.fault;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A TCP relay between the service under test and one server, so that a test can take the server away from this
 * service alone (the other tests share it): {@link #refuse()} is a server that is down (connections refused),
 * {@link #stall()} one that stopped answering (connections open, nothing comes back), {@link #restore()} ends both.
 */
final class TcpProxy implements AutoCloseable {

    private enum Mode {
        FORWARD,
        STALL,
        REFUSE
    }

    private final String targetHost;
    private final int targetPort;
    private final List<Socket> sockets = new CopyOnWriteArrayList<>();
    private volatile Mode mode = Mode.FORWARD;
    private volatile ServerSocket server;
    private final int port;

    TcpProxy(String targetHost, int targetPort) throws IOException {
        this.targetHost = targetHost;
        this.targetPort = targetPort;
        this.server = new ServerSocket(0, 200, InetAddress.getLoopbackAddress());
        this.port = server.getLocalPort();
        accept(server);
    }

    int port() {
        return port;
    }

    /** Connections are refused and open ones are cut, as when the server process is gone. */
    synchronized void refuse() throws IOException {
        mode = Mode.REFUSE;
        server.close();
        closeAll();
    }

    /** Open and new connections stay open but nothing is relayed, as when the server is paused. */
    synchronized void stall() {
        mode = Mode.STALL;
    }

    /** Relays again; connections from the fault are closed, so clients reconnect. */
    synchronized void restore() throws IOException {
        closeAll();
        if (mode == Mode.REFUSE) {
            server = new ServerSocket();
            server.setReuseAddress(true);
            server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 200);
            accept(server);
        }
        mode = Mode.FORWARD;
    }

    /** {@link #restore()} for places that cannot throw. */
    void restoreQuietly() {
        try {
            restore();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private void accept(ServerSocket listening) {
        Thread.ofVirtual().start(() -> {
            while (!listening.isClosed()) {
                try {
                    Socket client = listening.accept();
                    sockets.add(client);
                    if (mode == Mode.STALL) {
                        continue;
                    }
                    Socket upstream = new Socket(targetHost, targetPort);
                    sockets.add(upstream);
                    pipe(client, upstream);
                    pipe(upstream, client);
                } catch (IOException e) {
                    // the listening socket was closed by refuse() or close()
                }
            }
        });
    }

    private void pipe(Socket from, Socket to) {
        Thread.ofVirtual().start(() -> {
            byte[] buffer = new byte[16 * 1024];
            try (InputStream in = from.getInputStream();
                    OutputStream out = to.getOutputStream()) {
                int n;
                while ((n = in.read(buffer)) >= 0) {
                    if (mode == Mode.STALL) {
                        continue;
                    }
                    out.write(buffer, 0, n);
                    out.flush();
                }
            } catch (IOException e) {
                // one side closed: close both
            }
            close(from);
            close(to);
        });
    }

    private void closeAll() {
        for (Socket socket : sockets) {
            close(socket);
        }
        sockets.clear();
    }

    private static void close(Socket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // already closed
        }
    }

    @Override
    public synchronized void close() throws IOException {
        server.close();
        closeAll();
    }
}
