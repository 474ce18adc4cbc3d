/** Scoping of SynPlast references: imports, qualified names, and reference slots filtered by kind. */
package org.synplast.dsl.scoping;
