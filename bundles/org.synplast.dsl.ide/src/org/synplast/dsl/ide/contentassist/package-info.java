/** Content assist of SynPlast: catalogue keys per block and units per slot, on top of Xtext's proposals. */
package org.synplast.dsl.ide.contentassist;
