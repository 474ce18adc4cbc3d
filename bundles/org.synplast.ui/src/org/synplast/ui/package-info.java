/** SynPlast Studio: running experiments as Eclipse Jobs and reading their results. */
package org.synplast.ui;
