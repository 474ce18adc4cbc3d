/**
 * The parameter catalogue: one table with every setting of the language (meaning, canonical unit,
 * default, valid and physiological range, literature source), used by validation, hover, content
 * assist and the compiler. Plain Java, no EMF.
 */
package org.synplast.dsl.catalogue;
