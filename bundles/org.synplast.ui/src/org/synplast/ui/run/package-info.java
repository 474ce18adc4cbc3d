/** Runs as Eclipse Jobs: launch configuration type, Run As shortcuts, the run job. */
package org.synplast.ui.run;
