/** Formatting of SynPlast files (Xtext formatting2). */
package org.synplast.dsl.formatting2;
