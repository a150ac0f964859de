package org.veripack.loadtests.open;

/**
 * The free connections, oldest first: taking the longest-idle one spreads the load over all connections (and so
 * over the server's event loops, which own connections). A connection is in the ring at most once; one that left
 * the IDLE state while in it (the server closed it) is skipped when its turn comes.
 */
final class IdleConnections {

    private final HttpConnection[] ring;
    private final boolean[] inRing;
    private int head;
    private int count;

    IdleConnections(int connections) {
        ring = new HttpConnection[connections];
        inRing = new boolean[connections];
    }

    void put(HttpConnection connection) {
        if (!inRing[connection.id]) {
            inRing[connection.id] = true;
            ring[(head + count) % ring.length] = connection;
            count++;
        }
    }

    /** @return the longest-idle connection still connected, or null */
    HttpConnection take() {
        while (count > 0) {
            HttpConnection connection = ring[head];
            head = (head + 1) % ring.length;
            count--;
            inRing[connection.id] = false;
            if (connection.state == HttpConnection.State.IDLE) {
                return connection;
            }
        }
        return null;
    }

    /** @return connections in the ring, a few of which may have been closed since */
    int size() {
        return count;
    }
}
