/** Editor-independent logic of the SynPlast editor: highlighting, validation, quick fixes, formatting. */
package org.synplast.dsl.ui.internal;
