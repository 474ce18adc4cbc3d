/**
 * The compiler's EMF-free intermediate form: every setting of every element the targets need, in
 * canonical units (ms, mV, nA, nS, mM, µm, S/cm², µF/cm², Ω·cm, °C, Hz), with source locations for
 * diagnostics. Later stages read only this.
 */
package org.synplast.compiler.canonical;
