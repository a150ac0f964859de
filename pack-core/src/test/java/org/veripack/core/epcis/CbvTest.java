package org.veripack.core.epcis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** CBV words in the four forms EPCIS 2.0 documents use, and what is left alone. */
class CbvTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "commissioning",
        "urn:epcglobal:cbv:bizstep:commissioning",
        "URN:EPCGLOBAL:CBV:BIZSTEP:commissioning",
        "https://ref.gs1.org/cbv/BizStep-commissioning",
        "http://ref.gs1.org/cbv/BizStep-commissioning",
        "cbv:BizStep-commissioning"
    })
    void everyFormOfABizStepGivesTheBareWord(String form) {
        assertThat(Cbv.bizStep(form)).isEqualTo(Cbv.COMMISSIONING);
    }

    @ParameterizedTest
    @ValueSource(strings = {"in_progress", "urn:epcglobal:cbv:disp:in_progress", "https://ref.gs1.org/cbv/Disp-in_progress",
        "cbv:Disp-in_progress"})
    void everyFormOfADispositionGivesTheBareWord(String form) {
        assertThat(Cbv.disposition(form)).isEqualTo("in_progress");
    }

    @Test
    void packingAndUnpacking() {
        assertThat(Cbv.bizStep("urn:epcglobal:cbv:bizstep:packing")).isEqualTo(Cbv.PACKING);
        assertThat(Cbv.bizStep("https://ref.gs1.org/cbv/BizStep-unpacking")).isEqualTo(Cbv.UNPACKING);
        assertThat(Cbv.disposition("urn:epcglobal:cbv:disp:active")).isEqualTo(Cbv.ACTIVE);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "urn:epcglobal:cbv:disp:active",
        "https://ref.gs1.org/cbv/Disp-active",
        "urn:example:bizstep:commissioning",
        "https://ref.gs1.org/cbv/BizStep-",
        "https://ref.gs1.org/cbv/BizStep-Commissioning",
        "urn:epcglobal:cbv:bizstep:commissioning/x",
        "Commissioning",
        ""
    })
    void otherFormsOfABizStepAreReturnedAsGiven(String value) {
        assertThat(Cbv.bizStep(value)).isEqualTo(value);
    }

    @Test
    void aBizStepUriIsNotADisposition() {
        assertThat(Cbv.disposition("urn:epcglobal:cbv:bizstep:commissioning")).isEqualTo("urn:epcglobal:cbv:bizstep:commissioning");
    }

    @Test
    void nullStaysNull() {
        assertThat(Cbv.bizStep(null)).isNull();
        assertThat(Cbv.disposition(null)).isNull();
    }
}
