package org.veripack.verification.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** verification-service's own settings; the shared ones are in service-support's SharedConfig and OutboxConfig. */
public interface VerificationConfig {

    /** The pack rules' settings. */
    @ConfigMapping(prefix = "veripack.rules")
    interface Rules {

        /** Repeats of the same state at the same location answered without alert (NMVS_NC_PCK_30). */
        @WithDefault("3")
        int sameLocationRepeatLimit();

        /** How long after a decommission it may be undone (LOCKED: no limit). */
        @WithDefault("240h")
        Duration undoWindow();
    }

    /** Moving the operation records appended by verifies from the Redis streams to PostgreSQL. */
    @ConfigMapping(prefix = "veripack.records")
    interface Records {

        /** Off in tests that look at the streams themselves. */
        @WithDefault("true")
        boolean drainEnabled();

        /** Records read per stream and call, stored in one statement. */
        @WithDefault("500")
        int drainBatch();

        /** How long a read waits for new records when the streams are empty. */
        @WithDefault("100ms")
        Duration drainBlock();

        /**
         * After a read that found less than a full batch, how long records gather before the next read: the time a
         * record may wait in Redis before it is in PostgreSQL (it is durable in Redis meanwhile).
         */
        @WithDefault("100ms")
        Duration drainPause();

        /** Records another drainer left pending longer than this (it died) are taken over. */
        @WithDefault("30s")
        Duration claimIdle();
    }

    /** Rewriting cache entries of committed changes that their service may not have written (a crash). */
    @ConfigMapping(prefix = "veripack.cache-sync")
    interface CacheSync {

        @WithDefault("true")
        boolean enabled();

        /** How often the sweeper runs; with {@link #after()} it bounds how long a crash leaves the cache behind. */
        @WithDefault("250ms")
        Duration interval();

        /** A change older than this is written again by the sweeper (its own service has written it long before). */
        @WithDefault("250ms")
        Duration after();

        /** Rows written and deleted per transaction. */
        @WithDefault("1000")
        int batchSize();
    }

    /**
     * Test-only fault points, off unless a test turns them on: they let the crash tests kill a replica exactly
     * where a crash hurts most.
     */
    @ConfigMapping(prefix = "veripack.faults")
    interface Faults {

        /** Halt the JVM (as kill -9 would) right after a change committed, before its cache write. */
        @WithDefault("false")
        boolean haltAfterCommit();
    }

    /** The DSCSA verification responder. */
    @ConfigMapping(prefix = "veripack.dscsa")
    interface Dscsa {

        /** The GLN this responder answers as ({@code responderGLN}): 13 digits with a valid check digit. */
        String responderGln();

        /**
         * How often each replica reads the trading partners changed since its last read: a new partner or a block
         * takes effect within this interval plus one query.
         */
        @WithDefault("500ms")
        Duration partnerPoll();
    }

    /** The benchmark floor: a bare endpoint doing one Redis GET (off in production). */
    @ConfigMapping(prefix = "veripack.benchmark")
    interface Benchmark {

        @WithDefault("false")
        boolean floorEndpoint();
    }
}
