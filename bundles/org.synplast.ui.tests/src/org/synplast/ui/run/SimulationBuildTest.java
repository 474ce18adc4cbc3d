package org.synplast.ui.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The Studio's build identity for pair journals, in the running product. */
class SimulationBuildTest {

	@Test
	void isTheVersionAndADigestOfTheSimulationBundlesTheSameAtEveryCall() throws Exception {
		String id = SimulationBuild.id();
		assertTrue(id.matches("0\\.1\\.0\\+sha256:[0-9a-f]{64}"), id);
		assertEquals(id, SimulationBuild.id());
	}
}
