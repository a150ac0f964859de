package org.veripack.devstack;

/** Where a server comes from, in the order they are tried. */
public enum Kind {
    /** Already running and reachable on the configured host and port. */
    LOCAL,
    /** Started by Testcontainers on a Docker engine. */
    CONTAINER,
    /** Started in-process from Maven Central binaries (zonky PostgreSQL, codemonstur Redis). */
    EMBEDDED
}
