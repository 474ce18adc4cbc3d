/** Workspace integration: the SynPlast project nature and the builder that writes problem markers. */
package org.synplast.dsl.ui.builder;
