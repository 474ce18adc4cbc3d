/** File > New > SynPlast Example Project. */
package org.synplast.ui.wizard;
