/**
 * SynPlast's simulation engine: morphologies, the compartmental cable solver, membrane
 * mechanisms, the synapse model, events and recording. Plain Java 17 and commons-math3, no EMF
 * and no Eclipse dependencies; the engine never logs.
 *
 * <p>This package holds what all sub-packages share: {@link org.synplast.engine.EngineException}
 * and the message enum {@link org.synplast.engine.EngineMessage}. Arguments are checked once at
 * the API entry; hot loops do not check.
 *
 * <p>Units inside the engine are canonical doubles: µm, mV, ms, nA, µS, S/cm², mA/cm², µF/cm²,
 * Ω·cm, mM, °C.
 */
package org.synplast.engine;
