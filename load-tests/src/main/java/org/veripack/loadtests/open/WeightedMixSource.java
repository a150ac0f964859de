package org.veripack.loadtests.open;

import java.util.ArrayList;
import java.util.List;

/**
 * A weighted mix of sources, e.g. 70 % verifies, 25 % decommissions, 5 % unknown serials. The order is a fixed,
 * evenly spread cycle (smooth weighted round robin), not random: every window of (sum of weights) requests has the
 * exact mix. Each source is asked for its own requests 0, 1, 2, ..., so a source that gives each value once still
 * does when mixed.
 */
public final class WeightedMixSource implements RequestSource {

    private final RequestSource[] sources;
    private final long[] weights;
    private final int[] cycle;
    private final long[] served;

    private WeightedMixSource(List<RequestSource> sources, List<Integer> weights) {
        int divisor = weights.stream().reduce(0, WeightedMixSource::gcd);
        this.sources = sources.toArray(RequestSource[]::new);
        this.weights = weights.stream().mapToLong(weight -> weight / divisor).toArray();
        this.served = new long[this.sources.length];
        this.cycle = smoothCycle(this.weights);
    }

    /** @return a builder to which sources are added with their weights */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public byte[] next(long i) {
        int source = cycle[(int) (i % cycle.length)];
        return sources[source].next(served[source]++);
    }

    /** The mix runs out when its first source does. */
    @Override
    public long capacity() {
        long capacity = Long.MAX_VALUE;
        for (int s = 0; s < sources.length; s++) {
            long own = sources[s].capacity();
            if (own != Long.MAX_VALUE) {
                capacity = Math.min(capacity, own / weights[s] * cycle.length);
            }
        }
        return capacity;
    }

    /** nginx's smooth weighted round robin: the largest running credit goes next, so picks are spread evenly. */
    private static int[] smoothCycle(long[] weights) {
        long total = 0;
        for (long weight : weights) {
            total += weight;
        }
        if (total > 1_000_000) {
            throw new IllegalArgumentException("weights too fine-grained (their sum over their gcd exceeds 1 000 000)");
        }
        int[] cycle = new int[(int) total];
        long[] credit = new long[weights.length];
        for (int slot = 0; slot < cycle.length; slot++) {
            int best = 0;
            for (int s = 0; s < weights.length; s++) {
                credit[s] += weights[s];
                if (credit[s] > credit[best]) {
                    best = s;
                }
            }
            credit[best] -= total;
            cycle[slot] = best;
        }
        return cycle;
    }

    private static int gcd(int a, int b) {
        return b == 0 ? a : gcd(b, a % b);
    }

    /** Collects the sources of a mix. */
    public static final class Builder {

        private final List<RequestSource> sources = new ArrayList<>();
        private final List<Integer> weights = new ArrayList<>();

        private Builder() {
        }

        /**
         * @param weight a positive share (relative to the other weights)
         * @param source its requests
         * @return this
         */
        public Builder add(int weight, RequestSource source) {
            if (weight <= 0) {
                throw new IllegalArgumentException("a weight is positive, not " + weight);
            }
            sources.add(source);
            weights.add(weight);
            return this;
        }

        /** @return the mix */
        public WeightedMixSource build() {
            if (sources.isEmpty()) {
                throw new IllegalStateException("a mix needs at least one source");
            }
            return new WeightedMixSource(sources, weights);
        }
    }
}
