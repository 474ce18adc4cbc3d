/** Hover documentation of SynPlast settings from the parameter catalogue. */
package org.synplast.dsl.ide.hover;
