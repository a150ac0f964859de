package org.veripack.testsupport;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.List;

/** A {@code @TestProfile} that runs a service against the embedded Redis Cluster ({@link RedisClusterTestResource}). */
public class RedisClusterProfile implements QuarkusTestProfile {

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(RedisClusterTestResource.class));
    }
}
