package org.synplast.engine.synapse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class SynapseParametersTest {

    @Test
    void depressedAndPotentiatedValuesFollowTheInitialState() {
        SynapseParameters up = SynapseParameters.of(0.5, 600, 20, 3, 2.0, 1.1, 1.7, 0.1, 1);
        assertEquals(0.5, up.up());
        assertEquals(0.03125, up.ud(), 1e-15);
        assertEquals(2.0, up.gp());
        assertEquals(1.0, up.gd());
        SynapseParameters down = SynapseParameters.of(0.5, 600, 20, 3, 2.0, 1.1, 1.7, 0.1, 0);
        assertEquals(0.5, down.ud());
        assertEquals(Math.pow(0.5, 0.2), down.up(), 1e-15);
        assertEquals(2.0, down.gd());
        assertEquals(4.0, down.gp());
    }

    @Test
    void potentiatedCopyStartsAtTheUpperState() {
        SynapseParameters down = SynapseParameters.of(0.5, 600, 20, 3, 2.0, 1.1, 1.7, 0.1, 0);
        SynapseParameters p = down.potentiated();
        assertEquals(1, p.rho0());
        assertEquals(down.up(), p.u());
        assertEquals(down.gp(), p.gsyn());
        assertEquals(down.ud(), p.ud());
        assertEquals(down.gd(), p.gd());
        assertEquals(down.gmaxNmda(), p.gmaxNmda());
    }

    @Test
    void invalidParametersAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> SynapseParameters.of(0.0, 600, 20, 3, 2, 1, 1.7, 0.1, 0));
        assertThrows(IllegalArgumentException.class, () -> SynapseParameters.of(0.5, 600, 20, 0, 2, 1, 1.7, 0.1, 0));
        assertThrows(IllegalArgumentException.class, () -> SynapseParameters.of(0.5, 600, 20, 3, -2, 1, 1.7, 0.1, 0));
        assertThrows(IllegalArgumentException.class, () -> SynapseParameters.of(0.5, 600, 20, 3, 2, 1, 1.7, 0.1, 2));
        assertThrows(IllegalArgumentException.class, () -> new Conditions(0.0, 1.0, 34.0));
    }
}
