package org.veripack.loadtests.open;

/**
 * What the generator sends: the complete bytes of each request, pre-encoded ({@link HttpRequestBytes}), so that
 * sending costs a copy and a write.
 *
 * <p>The generator calls {@link #next} from its single I/O thread, with i = 0, 1, 2, ... in order, when request i is
 * sent. It copies the bytes before it calls again and never changes them, so a source should hand out arrays it
 * built once (built-ins: {@link FixedRequestSource}, {@link TemplateRequestSource}, {@link WeightedMixSource}).
 */
@FunctionalInterface
public interface RequestSource {

    /**
     * @param i the request's sequence number in this source, from 0
     * @return the complete bytes of request i: request line, headers and body
     */
    byte[] next(long i);

    /**
     * @return how many requests this source can give before it runs out ({@link Long#MAX_VALUE}: never); a run
     *         that needs more fails before it starts
     */
    default long capacity() {
        return Long.MAX_VALUE;
    }
}
