package org.veripack.verification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.veripack.testsupport.ProductionStart;

/** The packaged service in production with no addresses and no JWT key: it refuses to start and names every variable. */
class ProductionSettingsIT {

    @Test
    void aStartWithoutItsSettingsNamesEveryMissingVariable() throws Exception {
        String output = ProductionStart.failingStartOutput(Map.of("VERIPACK_DSCSA_RESPONDER_GLN", "4099999000005"));
        assertThat(output).contains("cannot start: set the environment variables")
                .contains("QUARKUS_DATASOURCE_REACTIVE_URL", "QUARKUS_DATASOURCE_USERNAME", "QUARKUS_REDIS_HOSTS", "MP_JWT_VERIFY_PUBLICKEY_LOCATION");
    }
}
