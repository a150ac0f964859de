package org.veripack.devstack;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Optional;
import java.util.Properties;

/** Asks whether a server answers, quickly, without throwing. */
public final class Probes {

    private static final int TIMEOUT_MILLIS = 1500;

    private Probes() {
    }

    /** The first of the users that can log in to the server's "postgres" database, if the server answers. */
    public static Optional<String> postgresUser(Settings settings) {
        if (!portOpen(settings.postgresHost(), settings.postgresPort())) {
            return Optional.empty();
        }
        for (String user : settings.postgresUsers()) {
            try (Connection ignored = connect("jdbc:postgresql://" + settings.postgresHost() + ":" + settings.postgresPort()
                    + "/postgres", user, settings.postgresPassword())) {
                return Optional.of(user);
            } catch (SQLException e) {
                // try the next user
            }
        }
        return Optional.empty();
    }

    /** True when a Redis server answers PING with PONG. */
    public static boolean redisAnswers(String host, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), TIMEOUT_MILLIS);
            socket.setSoTimeout(TIMEOUT_MILLIS);
            OutputStream out = socket.getOutputStream();
            out.write("*1\r\n$4\r\nPING\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            byte[] reply = in.readNBytes(7);
            return new String(reply, StandardCharsets.US_ASCII).equals("+PONG\r\n");
        } catch (IOException e) {
            return false;
        }
    }

    public static boolean portOpen(String host, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), TIMEOUT_MILLIS);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** A port nobody listens on now. */
    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException("no free port", e);
        }
    }

    static Connection connect(String url, String user, String password) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", user);
        if (password != null && !password.isEmpty()) {
            properties.setProperty("password", password);
        }
        properties.setProperty("connectTimeout", "2");
        properties.setProperty("loginTimeout", "3");
        return DriverManager.getConnection(url, properties);
    }
}
