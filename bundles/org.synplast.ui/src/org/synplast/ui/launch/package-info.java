/** The launch configuration tabs of SynPlast runs (Run Configurations dialog). */
package org.synplast.ui.launch;
