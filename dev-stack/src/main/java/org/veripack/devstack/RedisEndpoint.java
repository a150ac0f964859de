package org.veripack.devstack;

/** A Redis server. */
public record RedisEndpoint(Kind kind, String host, int port) {

    public String url(int database) {
        return "redis://" + host + ":" + port + "/" + database;
    }
}
