package org.veripack.devstack;

/** A PostgreSQL server and the role to use on it (trust auth when password is empty). */
public record PostgresEndpoint(Kind kind, String host, int port, String user, String password) {

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://" + host + ":" + port + "/" + database;
    }

    /** The URL form Quarkus's reactive PostgreSQL client takes. */
    public String reactiveUrl(String database) {
        return "postgresql://" + host + ":" + port + "/" + database;
    }
}
