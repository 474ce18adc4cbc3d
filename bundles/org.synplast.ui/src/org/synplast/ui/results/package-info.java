/** The results editor: summary table, charts of org.synplast.report drawn in SWT, exports. */
package org.synplast.ui.results;
