package org.synplast.engine.channel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.synplast.engine.mechanism.MechanismKind;

/**
 * The library names mechanisms and parameters as the NMODL sources do (suffixes and RANGE names
 * of channels.md), so that an exporter can write them unchanged.
 */
class ChannelLibraryTest {

    @Test
    void suffixesAndRangeParametersAreThoseOfTheNmodlSources() {
        Map<String, List<String>> expected = Map.ofEntries(Map.entry("NaTa_t", List.of("gNaTa_tbar")),
                Map.entry("NaTs2_t", List.of("gNaTs2_tbar")),
                Map.entry("NaTg", List.of("gNaTgbar", "vshiftm", "vshifth", "slopem", "slopeh")),
                Map.entry("Nap_Et2", List.of("gNap_Et2bar")), Map.entry("K_Pst", List.of("gK_Pstbar")),
                Map.entry("K_Tst", List.of("gK_Tstbar")), Map.entry("SKv3_1", List.of("gSKv3_1bar")),
                Map.entry("SK_E2", List.of("gSK_E2bar", "zTau")), Map.entry("Ca_HVA", List.of("gCa_HVAbar")),
                Map.entry("Ca_HVA2", List.of("gCa_HVAbar")), Map.entry("Ca_LVAst", List.of("gCa_LVAstbar")),
                Map.entry("Ih", List.of("gIhbar")), Map.entry("Im", List.of("gImbar")),
                Map.entry("CaDynamics_E2", List.of("gamma", "decay", "depth", "minCai")));
        assertEquals(expected.size(), ChannelLibrary.kinds().size());
        for (MechanismKind k : ChannelLibrary.kinds()) {
            assertEquals(expected.get(k.name()), List.copyOf(k.parameterDefaults().keySet()), k.name());
            assertEquals(k, ChannelLibrary.kind(k.name()).orElseThrow());
        }
        assertTrue(ChannelLibrary.kind("hh").isEmpty());
        MechanismKind dc0 = CaDynamicsDc0.kind(c -> 1);
        assertEquals("CaDynamics_DC0", dc0.name());
        assertEquals(Map.of("gamma", 0.01, "decay", 70.0), dc0.parameterDefaults());
        assertEquals(Map.of("gamma", 0.05, "decay", 80.0, "depth", 0.1, "minCai", 1e-4), CaDynamicsE2.KIND.parameterDefaults());
    }
}
