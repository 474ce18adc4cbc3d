/**
 * Physical units of SynPlast literals with the JSR 385 reference implementation (indriya):
 * {@link org.synplast.dsl.units.UnitParser} maps unit texts to units and converts values;
 * {@link org.synplast.dsl.units.ExpressionUnits} checks the dimensions of expressions and evaluates
 * them. Values are converted to the catalogue's canonical unit once; inside, numbers are plain doubles.
 */
package org.synplast.dsl.units;
