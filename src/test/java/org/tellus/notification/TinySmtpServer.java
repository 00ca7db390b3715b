package org.tellus.notification;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Just enough of an SMTP server, in this JVM, to receive the mails the outbox sender sends in a test: it speaks
 * the protocol over a real socket and keeps each message's raw text. Not for anything but tests.
 */
final class TinySmtpServer implements AutoCloseable {

    private final ServerSocket socket;
    private final List<String> received = new CopyOnWriteArrayList<>();
    private final Thread thread;

    TinySmtpServer() {
        try {
            socket = new ServerSocket(0, 5, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        thread = Thread.ofVirtual().start(this::serve);
    }

    int port() {
        return socket.getLocalPort();
    }

    List<String> received() {
        return List.copyOf(received);
    }

    private void serve() {
        while (!socket.isClosed()) {
            try (Socket client = socket.accept()) {
                converse(client);
            } catch (IOException closed) {
                return;
            }
        }
    }

    private void converse(Socket client) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.UTF_8));
        PrintWriter out = new PrintWriter(client.getOutputStream(), true, StandardCharsets.UTF_8);
        out.print("220 tiny ESMTP\r\n");
        out.flush();
        String line;
        while ((line = in.readLine()) != null) {
            String command = line.length() < 4 ? line : line.substring(0, 4).toUpperCase();
            switch (command) {
                case "DATA" -> {
                    out.print("354 go ahead\r\n");
                    out.flush();
                    StringBuilder message = new StringBuilder();
                    while ((line = in.readLine()) != null && !line.equals(".")) {
                        message.append(line).append('\n');
                    }
                    received.add(message.toString());
                    out.print("250 queued\r\n");
                }
                case "QUIT" -> {
                    out.print("221 bye\r\n");
                    out.flush();
                    return;
                }
                default -> out.print("250 ok\r\n");
            }
            out.flush();
        }
    }

    @Override
    public void close() throws IOException {
        socket.close();
        thread.interrupt();
    }
}
