/**
 * The SynPlast language: grammar ({@code SynPlast.xtext}), runtime module and standalone setup
 * ({@link org.synplast.dsl.SynPlastStandaloneSetup} for headless use without OSGi).
 */
package org.synplast.dsl;
